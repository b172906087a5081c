using System.Security.Cryptography;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Security;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.UnitTests.Security;

public class PersonalDataProtectorTests
{
    private static readonly string KeyA = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly string KeyB = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());
    private static readonly string KeyC = Convert.ToBase64String(Enumerable.Range(201, 32).Select(i => (byte)i).ToArray());

    private static PersonalDataProtector Create(string encryptionKey, string blindIndexKey) =>
        new(Options.Create(new PersonalDataProtectionOptions { EncryptionKey = encryptionKey, BlindIndexKey = blindIndexKey }));

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("")]
    [InlineData("张三明 13812345678")]
    public void Encrypted_value_decrypts_to_the_original(string plaintext)
    {
        using var protector = Create(KeyA, KeyB);

        var protectedData = protector.Encrypt(plaintext);

        Assert.Equal(plaintext, protector.Decrypt(protectedData));
    }

    [Fact]
    public void Long_values_beyond_the_stack_buffer_round_trip()
    {
        using var protector = Create(KeyA, KeyB);
        var plaintext = string.Concat(Enumerable.Repeat("湖州市吴兴区", 200));

        Assert.Equal(plaintext, protector.Decrypt(protector.Encrypt(plaintext)));
    }

    [Fact]
    public void Ciphertext_has_the_documented_layout_and_hides_the_plaintext()
    {
        using var protector = Create(KeyA, KeyB);
        const string id = "11010519491231002X";

        var protectedData = protector.Encrypt(id);

        Assert.Equal(1 + 12 + 16 + id.Length, protectedData.Length);
        Assert.Equal(PersonalDataProtector.FormatVersion, protectedData[0]);
        Assert.DoesNotContain("19491231", System.Text.Encoding.UTF8.GetString(protectedData), StringComparison.Ordinal);
    }

    [Fact]
    public void Encrypting_twice_uses_different_nonces()
    {
        using var protector = Create(KeyA, KeyB);

        var first = protector.Encrypt("11010519491231002X");
        var second = protector.Encrypt("11010519491231002X");

        Assert.NotEqual(first.AsSpan(1, 12).ToArray(), second.AsSpan(1, 12).ToArray());
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(35)]
    public void Any_altered_byte_is_detected(int position)
    {
        using var protector = Create(KeyA, KeyB);
        var protectedData = protector.Encrypt("11010519491231002X");

        protectedData[position] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(protectedData));
    }

    [Fact]
    public void Truncated_data_is_rejected()
    {
        using var protector = Create(KeyA, KeyB);
        var protectedData = protector.Encrypt("11010519491231002X");

        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(protectedData[..20]));
        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(protectedData[..^1]));
    }

    [Fact]
    public void Data_encrypted_under_another_key_cannot_be_decrypted()
    {
        using var writer = Create(KeyA, KeyB);
        using var reader = Create(KeyC, KeyB);

        var protectedData = writer.Encrypt("11010519491231002X");

        Assert.ThrowsAny<CryptographicException>(() => reader.Decrypt(protectedData));
    }

    [Fact]
    public void Blind_index_is_deterministic_and_32_bytes()
    {
        using var protector = Create(KeyA, KeyB);
        using var sameKeys = Create(KeyA, KeyB);

        var first = protector.BlindIndex("11010519491231002X");

        Assert.Equal(32, first.Length);
        Assert.Equal(first, protector.BlindIndex("11010519491231002X"));
        Assert.Equal(first, sameKeys.BlindIndex("11010519491231002X"));
        Assert.Equal(first, protector.BlindIndex(ResidentIdNumber.Parse("11010519491231002x")));
        Assert.NotEqual(first, protector.BlindIndex("440524188001010014"));
    }

    [Fact]
    public void Blind_index_span_overload_matches_the_array_overload()
    {
        using var protector = Create(KeyA, KeyB);
        Span<byte> destination = stackalloc byte[32];

        protector.BlindIndex("11010519491231002X".AsSpan(), destination);

        Assert.Equal(protector.BlindIndex("11010519491231002X"), destination.ToArray());
    }

    [Fact]
    public void Blind_index_is_HMAC_SHA256_under_the_blind_index_key_only()
    {
        using var protector = Create(KeyA, KeyB);
        using var otherBlindKey = Create(KeyA, KeyC);
        var value = "11010519491231002X"u8.ToArray();

        var index = protector.BlindIndex("11010519491231002X");

        Assert.Equal(HMACSHA256.HashData(Convert.FromBase64String(KeyB), value), index);
        Assert.NotEqual(HMACSHA256.HashData(Convert.FromBase64String(KeyA), value), index);
        Assert.NotEqual(index, otherBlindKey.BlindIndex("11010519491231002X"));
    }

    [Fact]
    public void Identical_encryption_and_blind_index_keys_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(KeyA, KeyA));

        Assert.Contains("Credit:PersonalData:EncryptionKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("Credit:PersonalData:BlindIndexKey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Credit:PersonalData:EncryptionKey")]
    [InlineData("not base64!", "Credit:PersonalData:EncryptionKey")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==", "Credit:PersonalData:EncryptionKey")]
    public void Missing_or_wrong_length_encryption_key_names_the_configuration_key(string encryptionKey, string expectedName)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(encryptionKey, KeyB));

        Assert.Contains(expectedName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_blind_index_key_names_the_configuration_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(KeyA, ""));

        Assert.Contains("Credit:PersonalData:BlindIndexKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Protector_is_safe_to_use_from_many_threads()
    {
        using var protector = Create(KeyA, KeyB);
        var numbers = Enumerable.Range(0, 2_000)
            .Select(i => ResidentIdNumber.Compose("330502", new DateOnly(1980, 1, 1).AddDays(i), i % 1000).Value)
            .ToArray();

        var roundTripped = numbers.AsParallel().Select(n => protector.Decrypt(protector.Encrypt(n))).ToArray();

        Assert.Equal(numbers.Order(), roundTripped.Order());
    }
}
