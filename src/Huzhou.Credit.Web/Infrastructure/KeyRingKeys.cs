using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Web.Infrastructure;

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
