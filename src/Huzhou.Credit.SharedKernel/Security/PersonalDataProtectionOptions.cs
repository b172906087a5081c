namespace Huzhou.Credit.SharedKernel.Security;

/// <summary>
/// Keys for <see cref="PersonalDataProtector"/>, bound from the <see cref="SectionName"/> configuration
/// section. Two separate keys, so that the searchable blind index and the reversible ciphertext do not
/// share a secret: leaking one does not give away the other. Keep both out of the database and out of
/// source control (environment variables or a secret store).
/// </summary>
public sealed class PersonalDataProtectionOptions
{
    /// <summary>The configuration section: <c>Credit:PersonalData</c>.</summary>
    public const string SectionName = "Credit:PersonalData";

    /// <summary>Base64 of a random 32-byte AES-256 key (e.g. <c>openssl rand -base64 32</c>).</summary>
    public string EncryptionKey { get; set; } = string.Empty;

    /// <summary>Base64 of a random 32-byte HMAC-SHA256 key, different from <see cref="EncryptionKey"/>.</summary>
    public string BlindIndexKey { get; set; } = string.Empty;
}
