using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

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

/// <summary>The configured key-encryption keys, decoded and checked once.</summary>
internal sealed class KeyRingKeys
{
    private const int KeyLength = 32;

    public KeyRingKeys(IOptions<KeyRingEncryptionOptions> options)
    {
        var value = options.Value;
        Current = Decode(value.KeyEncryptionKey, $"{KeyRingEncryptionOptions.SectionName}:KeyEncryptionKey");
        All = [Current, .. value.PreviousKeyEncryptionKeys.Where(k => !string.IsNullOrWhiteSpace(k))
            .Select((k, i) => Decode(k, $"{KeyRingEncryptionOptions.SectionName}:PreviousKeyEncryptionKeys:{i}"))];
    }

    public byte[] Current { get; }

    public IReadOnlyList<byte[]> All { get; }

    /// <summary>A short public name of a key (the first 8 bytes of its SHA-256), stored beside the ciphertext to pick the key.</summary>
    public static string Id(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8));

    private static byte[] Decode(string base64, string name)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{name} is not Base64 (use: openssl rand -base64 32).");
        }

        return key.Length == KeyLength ? key : throw new InvalidOperationException($"{name} must be 32 bytes (Base64 of 32 random bytes), not {key.Length}.");
    }
}

/// <summary>Encrypts a key of the ring (its XML, which holds the secret <c>masterKey</c>) with AES-256-GCM.</summary>
internal sealed class KeyRingXmlEncryptor(KeyRingKeys keys) : IXmlEncryptor
{
    internal static readonly XName Element = "encryptedKey";
    internal static readonly byte[] AssociatedData = Encoding.ASCII.GetBytes("Huzhou.Credit.DataProtection.v1");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var ciphertext = new byte[plaintext.Length];
        using (var aes = new AesGcm(keys.Current, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData);
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(Element,
            new XAttribute("kek", KeyRingKeys.Id(keys.Current)),
            new XAttribute("nonce", Convert.ToBase64String(nonce)),
            new XAttribute("tag", Convert.ToBase64String(tag)),
            Convert.ToBase64String(ciphertext));
        return new EncryptedXmlInfo(element, typeof(KeyRingXmlDecryptor));
    }
}

/// <summary>
/// Decrypts what <see cref="KeyRingXmlEncryptor"/> wrote, with the key named in the element (the current or a previous one).
/// Data Protection creates it by type name, with the application's services.
/// </summary>
internal sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keys = services.GetRequiredService<KeyRingKeys>();
        var id = (string?)encryptedElement.Attribute("kek");
        var key = keys.All.FirstOrDefault(k => KeyRingKeys.Id(k) == id)
            ?? throw new CryptographicException(
                $"A key of the Data Protection key ring was encrypted with a key-encryption key ({id}) that is not configured " +
                $"({KeyRingEncryptionOptions.SectionName}:KeyEncryptionKey or PreviousKeyEncryptionKeys).");
        var nonce = Convert.FromBase64String((string?)encryptedElement.Attribute("nonce") ?? "");
        var tag = Convert.FromBase64String((string?)encryptedElement.Attribute("tag") ?? "");
        var ciphertext = Convert.FromBase64String(encryptedElement.Value);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext, KeyRingXmlEncryptor.AssociatedData);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
