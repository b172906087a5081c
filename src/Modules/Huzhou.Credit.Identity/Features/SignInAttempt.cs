using System.Security.Claims;

namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// What a password sign-in of the organisation or citizen portal found: whether the password was right (what the
/// throttle counts), and either the principal or the Chinese message to show.
/// </summary>
internal sealed record SignInAttempt(bool PasswordMatched, ClaimsPrincipal? Principal, string? Error)
{
    public bool Succeeded => Principal is not null;

    public static SignInAttempt Wrong(string message) => new(false, null, message);

    /// <summary>The right password, but the account may not sign in (only now may the reason be told).</summary>
    public static SignInAttempt Refused(string message) => new(true, null, message);

    public static SignInAttempt Success(ClaimsPrincipal principal) => new(true, principal, null);
}
