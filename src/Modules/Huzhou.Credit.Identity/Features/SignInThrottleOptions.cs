namespace Huzhou.Credit.Identity.Features;

/// <summary>Limits of <see cref="SignInThrottle"/> (configuration section <c>SignIn</c>; docs/adr/0014-sign-in-throttling.md).</summary>
internal sealed class SignInThrottleOptions
{
    public const string SectionName = "SignIn";

    /// <summary>Sign-in attempts (all three forms together) one client address may make in a minute, whatever their outcome.</summary>
    public int AttemptsPerAddressPerMinute { get; set; } = 20;

    /// <summary>Wrong passwords from one address (any account names) before each further attempt from it must wait.</summary>
    public int AddressFailuresBeforeDelay { get; set; } = 10;

    /// <summary>Wrong passwords for one account name from one address before that address must wait for that name.</summary>
    public int PairFailuresBeforeDelay { get; set; } = 5;

    /// <summary>Wrong passwords for one account name from all addresses before the name cools down for addresses it was never signed in from.</summary>
    public int AccountFailuresBeforeCoolDown { get; set; } = 10;

    /// <summary>The first wait once a threshold is reached; it doubles with each further wrong password up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A counter starts again from zero after this long without a wrong password.</summary>
    public TimeSpan FailureMemory { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an address that signed in to an account stays known to it (it passes the account's cool-down).</summary>
    public TimeSpan KnownAddressMemory { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Organisation registrations one address may submit in an hour.</summary>
    public int RegistrationsPerAddressPerHour { get; set; } = 10;

    /// <summary>Wrong or unknown API keys from one address before each further key from it must wait.</summary>
    public int ApiKeyFailuresBeforeDelay { get; set; } = 20;

    /// <summary>Counters kept at most (addresses, names, pairs); the oldest are dropped beyond it, so a flood of made-up names cannot fill the memory.</summary>
    public int MaxTrackedKeys { get; set; } = 200_000;
}
