using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// A password check that costs the same whether or not the account exists or has a password: without one, the
/// password is checked against a hash no password matches (made once per process).
/// </summary>
internal static class PasswordCheck<TUser>
    where TUser : class, new()
{
    private static readonly PasswordHasher<TUser> Hasher = new();
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(new TUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public static string Hash(TUser user, string password) => Hasher.HashPassword(user, password);

    /// <summary>True only for an account with a password hash that <paramref name="password"/> (not empty) matches.</summary>
    public static bool Matches(TUser? user, string? hash, string? password)
    {
        var own = user is not null && !string.IsNullOrEmpty(hash) ? hash : null;
        var result = Hasher.VerifyHashedPassword(user ?? new TUser(), own ?? DummyHash.Value, password ?? "");
        return own is not null && !string.IsNullOrEmpty(password) && result != PasswordVerificationResult.Failed;
    }
}
