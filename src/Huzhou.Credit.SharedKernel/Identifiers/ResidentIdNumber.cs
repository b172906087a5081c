using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>
/// An 18-character resident ID number (公民身份号码, GB 11643-1999). Immutable and compared by value.
/// </summary>
/// <remarks>
/// This is personal data: <see cref="ToString"/> returns the masked form, so an accidental log line or
/// string interpolation never leaks the number. Only <see cref="Value"/> gives the full number, for
/// encryption, blind indexing and authorised staff views.
/// </remarks>
public sealed class ResidentIdNumber : IEquatable<ResidentIdNumber>
{
    /// <summary>The number of characters in a resident ID number.</summary>
    public const int Length = 18;

    /// <summary>
    /// The earliest birth date accepted. 1850 rather than 1900 because the published GB 11643 test vector
    /// 440524188001010014 is born in 1880.
    /// </summary>
    public static readonly DateOnly EarliestBirthDate = new(1850, 1, 1);

    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    // China Standard Time has no daylight saving, so a fixed offset gives "today in China" exactly,
    // whatever time zone the server runs in.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The full 18 characters (check character 'X' upper case). Personal data: never log it.</summary>
    public string Value { get; }

    /// <summary>Positions 1-6: the GB/T 2260 address code at first registration.</summary>
    public string AddressCode => Value[..6];

    /// <summary>Positions 7-14: the date of birth.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>Positions 15-17: the sequence number; its parity encodes the sex.</summary>
    public int SequenceNumber => ((Value[14] - '0') * 100) + ((Value[15] - '0') * 10) + (Value[16] - '0');

    /// <summary>Sex from the 17th digit: odd male, even female.</summary>
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>The first 6 and last 4 characters with 8 asterisks between, e.g. 330502********1234.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 6), "********", Value.AsSpan(14, 4));

    /// <summary>Parses input, judging the birth date against today's date in China from the system clock.</summary>
    public static IdentifierParseResult<ResidentIdNumber> TryParse(string? input) => TryParse(input, TimeProvider.System);

    /// <summary>
    /// Parses input: trims, converts full-width characters and a lower-case 'x'; then reports errors
    /// (empty, 15-digit legacy number, length, characters, province, birth date) and a warning when the
    /// check character does not match.
    /// </summary>
    /// <param name="input">The text entered or imported.</param>
    /// <param name="clock">Gives "today" for rejecting birth dates in the future.</param>
    public static IdentifierParseResult<ResidentIdNumber> TryParse(string? input, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail(IdentifierIssueCodes.Empty, "请填写公民身份号码。");
        }

        var value = IdentifierText.Normalise(input);
        if (value.Length == 15 && value.All(char.IsAsciiDigit))
        {
            return Fail(IdentifierIssueCodes.LegacyFifteenDigit, "这是15位旧版身份证号码，请填写18位公民身份号码（可查看第二代居民身份证）。");
        }

        if (value.Length != Length)
        {
            return Fail(IdentifierIssueCodes.Length, $"公民身份号码应为18位，当前为{value.Length}位。");
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return Fail(IdentifierIssueCodes.Alphabet, $"第{i + 1}位字符“{IdentifierText.Describe(value[i])}”无效：公民身份号码前17位必须是数字。");
            }
        }

        if (!char.IsAsciiDigit(value[17]) && value[17] != 'X')
        {
            return Fail(IdentifierIssueCodes.Alphabet, $"第18位字符“{IdentifierText.Describe(value[17])}”无效：最后一位必须是数字或 X。");
        }

        if (!ProvinceCodes.IsValid(value[0], value[1]))
        {
            return Fail(IdentifierIssueCodes.AddressCode, $"前两位“{value[..2]}”不是有效的省级行政区划代码。");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            return Fail(IdentifierIssueCodes.BirthDate, $"第7-14位“{value.Substring(6, 8)}”不是有效的出生日期。");
        }

        if (birthDate > today)
        {
            return Fail(IdentifierIssueCodes.BirthDate, $"出生日期 {birthDate:yyyy-MM-dd} 晚于今天，号码有误。");
        }

        if (birthDate < EarliestBirthDate)
        {
            return Fail(IdentifierIssueCodes.BirthDate, $"出生日期 {birthDate:yyyy-MM-dd} 早于 {EarliestBirthDate:yyyy-MM-dd}，号码有误。");
        }

        var expected = ComputeCheckCharacter(value.AsSpan(0, 17));
        IdentifierIssue[] issues = expected == value[17]
            ? []
            : [new IdentifierIssue(
                IdentifierIssueCodes.CheckCharacter,
                $"校验码（第18位）按规则应为“{expected}”，实际为“{value[17]}”。请核对身份证原件；确认无误后可注明理由接受。",
                IdentifierIssueSeverity.Warning)];
        return new IdentifierParseResult<ResidentIdNumber>(new ResidentIdNumber(value, birthDate), issues);
    }

    /// <summary>Parses input that must not contain errors (warnings are accepted), e.g. seed data.</summary>
    /// <exception cref="FormatException">The input has an error.</exception>
    public static ResidentIdNumber Parse(string input)
    {
        var result = TryParse(input);
        return result.Value ?? throw new FormatException(result.FirstErrorMessage);
    }

    /// <summary>Convenience form of <see cref="TryParse(string?)"/> for code that only needs the value.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out ResidentIdNumber? number)
    {
        number = TryParse(input).Value;
        return number is not null;
    }

    /// <summary>Computes the ISO 7064 MOD 11-2 check character from the first 17 digits.</summary>
    /// <exception cref="ArgumentException">Not exactly 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Exactly 17 digits are required.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = first17[i];
            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException($"Character '{c}' at position {i + 1} is not a digit.", nameof(first17));
            }

            sum += (c - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Builds a valid number (check character computed). For generators and tests.</summary>
    /// <param name="addressCode">Six digits starting with a province-level code, e.g. "330502".</param>
    /// <param name="birthDate">On or after <see cref="EarliestBirthDate"/>.</param>
    /// <param name="sequence">0-999; odd for a man, even for a woman.</param>
    /// <exception cref="ArgumentException">Any part is malformed.</exception>
    public static ResidentIdNumber Compose(string addressCode, DateOnly birthDate, int sequence)
    {
        ArgumentNullException.ThrowIfNull(addressCode);
        if (addressCode.Length != 6 || !addressCode.All(char.IsAsciiDigit) || !ProvinceCodes.IsValid(addressCode[0], addressCode[1]))
        {
            throw new ArgumentException("The address code must be six digits starting with a province-level code.", nameof(addressCode));
        }

        if (birthDate < EarliestBirthDate)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, $"Birth dates before {EarliestBirthDate:yyyy-MM-dd} are not accepted.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);

        Span<char> chars = stackalloc char[Length];
        addressCode.AsSpan().CopyTo(chars);
        birthDate.TryFormat(chars.Slice(6, 8), out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        sequence.TryFormat(chars.Slice(14, 3), out _, "D3", CultureInfo.InvariantCulture);
        chars[17] = ComputeCheckCharacter(chars[..17]);
        return new ResidentIdNumber(new string(chars), birthDate);
    }

    /// <inheritdoc />
    public bool Equals(ResidentIdNumber? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResidentIdNumber);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The MASKED form (see <see cref="Masked"/>), never the full number; use <see cref="Value"/> deliberately.</summary>
    public override string ToString() => Masked;

    /// <summary>Value equality.</summary>
    public static bool operator ==(ResidentIdNumber? left, ResidentIdNumber? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ResidentIdNumber? left, ResidentIdNumber? right) => !(left == right);

    private static IdentifierParseResult<ResidentIdNumber> Fail(string code, string message) =>
        new(null, [new IdentifierIssue(code, message, IdentifierIssueSeverity.Error)]);
}
