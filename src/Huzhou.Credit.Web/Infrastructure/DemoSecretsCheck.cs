using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Security;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// Production refuses to start with the keys everyone can read in this repository (appsettings.Development.json and
/// docker-compose.yml's defaults), or without a key-encryption key for the Data Protection key ring.
/// </summary>
internal sealed class DemoSecretsCheck(IOptions<PersonalDataProtectionOptions> personalData, IOptions<KeyRingEncryptionOptions> keyRing) : IProductionStartupCheck
{
    /// <summary>Every published demo key (Base64), decoded for comparison: development settings and docker-compose defaults.</summary>
    public static readonly IReadOnlyList<string> DemoKeys =
    [
        "ZGVtby1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=", // appsettings.Development.json: personal data encryption
        "ZGVtby1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=", // appsettings.Development.json: personal data blind index
        "ZGVtby1vbmx5LWRhdGEtcHJvdGVjdGlvbi1rZXktMzI=", // appsettings.Development.json: key ring encryption
        "REVNTy1PTkxZLWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=", // docker-compose.yml: personal data encryption
        "REVNTy1PTkxZLWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=", // docker-compose.yml: personal data blind index
        "REVNTy1PTkxZLWRhdGEtcHJvdGVjdGlvbi1rZXktMzI=", // docker-compose.yml: key ring encryption
    ];

    public Task<string?> RefusalReasonAsync(CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        var personal = personalData.Value;
        if (IsDemo(personal.EncryptionKey))
        {
            reasons.Add($"{PersonalDataProtectionOptions.SectionName}:EncryptionKey is a published demo key");
        }

        if (IsDemo(personal.BlindIndexKey))
        {
            reasons.Add($"{PersonalDataProtectionOptions.SectionName}:BlindIndexKey is a published demo key");
        }

        var ring = keyRing.Value;
        if (!ring.IsConfigured)
        {
            reasons.Add($"{KeyRingEncryptionOptions.SectionName}:KeyEncryptionKey is not set (the Data Protection key ring would be stored in clear)");
        }
        else if (IsDemo(ring.KeyEncryptionKey))
        {
            reasons.Add($"{KeyRingEncryptionOptions.SectionName}:KeyEncryptionKey is a published demo key");
        }

        return Task.FromResult(reasons.Count == 0
            ? null
            : string.Join("; ", reasons) + ". Set your own keys (openssl rand -base64 32) from a secret store; see docs/operations.md.");
    }

    /// <summary>True when the value decodes to the same bytes as a demo key (whitespace or padding variants included).</summary>
    public static bool IsDemo(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        byte[] value;
        try
        {
            value = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return DemoKeys.Any(k => Convert.FromBase64String(k).AsSpan().SequenceEqual(value));
    }
}
