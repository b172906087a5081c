namespace Huzhou.Credit.IntegrationTests.Monitoring;

/// <summary>A clock the test moves by hand (the dispatcher reads time only through <see cref="TimeProvider"/>).</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
