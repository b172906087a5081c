namespace Huzhou.Credit.Identity.Features;

/// <summary>Why <see cref="SignInThrottle"/> refused an attempt; the answer (a 429 with the wait) depends only on the address and the typed name, never on whether the account exists.</summary>
internal enum ThrottleReason
{
    None,
    TooFast,
    Address,
    Account,
}
