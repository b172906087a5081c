using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.SharedKernel.Security;

/// <summary>
/// Protects personal identifiers (ID numbers, phone numbers) at rest: AES-256-GCM ciphertext so a
/// database dump alone reveals nothing, plus a keyed HMAC-SHA256 "blind index" so a number can still be
/// found by exact match. Register as a singleton; it is thread-safe.
/// </summary>
/// <remarks>
/// Ciphertext layout: <c>[1 byte version = 1][12 bytes nonce][16 bytes tag][ciphertext]</c>. The version
/// byte is authenticated as associated data and leaves room for key rotation. Seeding a full city calls
/// this millions of times, so the hot paths avoid allocations other than the result.
/// </remarks>
public sealed class PersonalDataProtector : IDisposable
{
    /// <summary>The current ciphertext format version (first byte).</summary>
    public const byte FormatVersion = 1;

    /// <summary>The length of a blind index in bytes (HMAC-SHA256).</summary>
    public const int BlindIndexLength = 32;

    private const int KeyLength = 32;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int HeaderLength = 1 + NonceLength + TagLength;
    private const int StackLimit = 256;

    private static readonly string EncryptionKeyName = $"{PersonalDataProtectionOptions.SectionName}:{nameof(PersonalDataProtectionOptions.EncryptionKey)}";
    private static readonly string BlindIndexKeyName = $"{PersonalDataProtectionOptions.SectionName}:{nameof(PersonalDataProtectionOptions.BlindIndexKey)}";

    private readonly byte[] _encryptionKey;
    private readonly byte[] _blindIndexKey;

    // AesGcm instances are not thread-safe; one per thread avoids re-creating the cipher context per call.
    private readonly ThreadLocal<AesGcm> _aes;

    /// <summary>Validates and loads the keys.</summary>
    /// <exception cref="InvalidOperationException">A key is missing, not Base64, not 32 bytes, or both keys are equal.</exception>
    public PersonalDataProtector(IOptions<PersonalDataProtectionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _encryptionKey = DecodeKey(value.EncryptionKey, EncryptionKeyName);
        _blindIndexKey = DecodeKey(value.BlindIndexKey, BlindIndexKeyName);
        if (CryptographicOperations.FixedTimeEquals(_encryptionKey, _blindIndexKey))
        {
            throw new InvalidOperationException(
                $"个人信息保护配置错误：{EncryptionKeyName} 与 {BlindIndexKeyName} 必须是两个不同的密钥。");
        }

        var key = _encryptionKey;
        _aes = new ThreadLocal<AesGcm>(() => new AesGcm(key, TagLength), trackAllValues: true);
    }

    /// <summary>Encrypts text with a fresh random nonce; the same input gives different bytes each time.</summary>
    public byte[] Encrypt(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var byteCount = Encoding.UTF8.GetByteCount(plaintext);
        var output = new byte[HeaderLength + byteCount];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceLength);
        var tag = output.AsSpan(1 + NonceLength, TagLength);
        var body = output.AsSpan(HeaderLength);
        RandomNumberGenerator.Fill(nonce);

        // Encode straight into the output and encrypt in place: no intermediate plaintext buffer to clean up.
        Encoding.UTF8.GetBytes(plaintext, body);
        _aes.Value!.Encrypt(nonce, body, body, tag, output.AsSpan(0, 1));
        return output;
    }

    /// <summary>Decrypts bytes produced by <see cref="Encrypt"/>.</summary>
    /// <exception cref="CryptographicException">The data was altered, truncated, has an unknown version, or was encrypted with another key.</exception>
    public string Decrypt(byte[] protectedData)
    {
        ArgumentNullException.ThrowIfNull(protectedData);
        if (protectedData.Length < HeaderLength)
        {
            throw new CryptographicException("The protected data is too short.");
        }

        if (protectedData[0] != FormatVersion)
        {
            throw new CryptographicException($"Unknown protected-data format version {protectedData[0]}.");
        }

        var cipher = protectedData.AsSpan(HeaderLength);
        byte[]? rented = null;
        var plain = cipher.Length <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(cipher.Length));
        plain = plain[..cipher.Length];
        try
        {
            _aes.Value!.Decrypt(
                protectedData.AsSpan(1, NonceLength),
                cipher,
                protectedData.AsSpan(1 + NonceLength, TagLength),
                plain,
                protectedData.AsSpan(0, 1));
            return Encoding.UTF8.GetString(plain);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// A deterministic 32-byte keyed hash for exact-match search. The caller must pass the normalised form
    /// (e.g. <see cref="ResidentIdNumber.Value"/>), or equal numbers typed differently will not match.
    /// </summary>
    public byte[] BlindIndex(string normalisedValue)
    {
        ArgumentNullException.ThrowIfNull(normalisedValue);
        var result = new byte[BlindIndexLength];
        BlindIndex(normalisedValue, result);
        return result;
    }

    /// <summary>The blind index of a resident ID number's full, normalised value.</summary>
    public byte[] BlindIndex(ResidentIdNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return BlindIndex(number.Value);
    }

    /// <summary>Allocation-free form of <see cref="BlindIndex(string)"/>, writing 32 bytes into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public void BlindIndex(ReadOnlySpan<char> normalisedValue, Span<byte> destination)
    {
        if (destination.Length < BlindIndexLength)
        {
            throw new ArgumentException($"The destination must hold {BlindIndexLength} bytes.", nameof(destination));
        }

        var byteCount = Encoding.UTF8.GetByteCount(normalisedValue);
        byte[]? rented = null;
        var buffer = byteCount <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        buffer = buffer[..byteCount];
        try
        {
            Encoding.UTF8.GetBytes(normalisedValue, buffer);
            HMACSHA256.HashData(_blindIndexKey, buffer, destination);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Releases the per-thread ciphers and clears the keys from memory.</summary>
    public void Dispose()
    {
        foreach (var aes in _aes.Values)
        {
            aes.Dispose();
        }

        _aes.Dispose();
        CryptographicOperations.ZeroMemory(_encryptionKey);
        CryptographicOperations.ZeroMemory(_blindIndexKey);
    }

    private static byte[] DecodeKey(string? base64, string configurationKey)
    {
        var hint = $"须为 Base64 编码的 {KeyLength} 字节随机密钥（可用 `openssl rand -base64 32` 生成），通过环境变量或密钥库提供，不要写入数据库或代码仓库。";
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new InvalidOperationException($"个人信息保护配置缺失：未设置 {configurationKey}。{hint}");
        }

        var buffer = new byte[KeyLength];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written) || written != KeyLength)
        {
            throw new InvalidOperationException($"个人信息保护配置无效：{configurationKey} 不是 {KeyLength} 字节的 Base64 密钥。{hint}");
        }

        return buffer;
    }
}
