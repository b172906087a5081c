using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Webhook secrets: 32 random bytes as <c>whsec_</c> + 64 hex characters, shown once; stored protected with ASP.NET Data
/// Protection (the platform's key ring, kept in the database and encrypted with the configured key-encryption key), because
/// the platform must be able to sign with it again — a hash, as for API keys, would not do.
/// </summary>
internal sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    public const string Purpose = "Huzhou.Credit.Monitoring.WebhookSecret.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public static string Generate() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hint(string secret) => secret.Length <= 4 ? secret : "…" + secret[^4..];

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
