namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// The key-encryption key of the Data Protection key ring (<c>credit.data_protection_keys</c>): configuration section
/// <see cref="SectionName"/>. The ring's keys sign and encrypt the sign-in, antiforgery and session cookies; stored in
/// clear, anyone who reads the table could forge a sign-in. Each key's secret is stored AES-256-GCM encrypted with
/// <see cref="KeyEncryptionKey"/>, like personal data (docs/adr/0013).
/// </summary>
internal sealed class KeyRingEncryptionOptions
{
    public const string SectionName = "Credit:DataProtection";

    /// <summary>Base64 of a random 32-byte key (<c>openssl rand -base64 32</c>): new keys of the ring are encrypted with it.</summary>
    public string KeyEncryptionKey { get; set; } = string.Empty;

    /// <summary>Earlier key-encryption keys, still used to read keys of the ring written before a rotation.</summary>
    public List<string> PreviousKeyEncryptionKeys { get; set; } = [];

    /// <summary>True when a key is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(KeyEncryptionKey);
}
