namespace Huzhou.Credit.UnitTests.Identifiers;

/// <summary>A clock frozen at one instant, so date rules are tested independently of the machine's date.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
