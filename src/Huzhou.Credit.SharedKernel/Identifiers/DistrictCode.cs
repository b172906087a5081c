using System.Diagnostics.CodeAnalysis;

namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>
/// A six-character district code: either a GB/T 2260 code (330502) or a local functional-zone code of
/// four digits + 'Z' + a digit (3305Z1). Functional zones such as 南太湖新区 have no GB/T 2260 code but
/// credit work is organised by them, so they need an identity of their own. The 'Z' can never clash with
/// a GB/T 2260 code, which is all digits. Names live in data, not here.
/// </summary>
public sealed record DistrictCode
{
    private DistrictCode(string value) => Value = value;

    /// <summary>湖州市.</summary>
    public static DistrictCode Huzhou { get; } = new("330500");

    /// <summary>吴兴区.</summary>
    public static DistrictCode Wuxing { get; } = new("330502");

    /// <summary>南浔区.</summary>
    public static DistrictCode Nanxun { get; } = new("330503");

    /// <summary>德清县.</summary>
    public static DistrictCode Deqing { get; } = new("330521");

    /// <summary>长兴县.</summary>
    public static DistrictCode Changxing { get; } = new("330522");

    /// <summary>安吉县.</summary>
    public static DistrictCode Anji { get; } = new("330523");

    /// <summary>南太湖新区 (local functional-zone code).</summary>
    public static DistrictCode NanTaihuNewArea { get; } = new("3305Z1");

    /// <summary>湖州经济技术开发区 (local functional-zone code).</summary>
    public static DistrictCode EconomicDevelopmentZone { get; } = new("3305Z2");

    /// <summary>湖州太湖旅游度假区 (local functional-zone code).</summary>
    public static DistrictCode TaihuResort { get; } = new("3305Z3");

    /// <summary>The six characters.</summary>
    public string Value { get; }

    /// <summary>True for a local functional-zone code (fifth character 'Z').</summary>
    public bool IsFunctionalZone => Value[4] == 'Z';

    /// <summary>The province-level code, e.g. 330000.</summary>
    public string ProvinceCode => string.Concat(Value.AsSpan(0, 2), "0000");

    /// <summary>The prefecture-level city code, e.g. 330500 (for a functional zone: the city it belongs to).</summary>
    public string CityCode => string.Concat(Value.AsSpan(0, 4), "00");

    /// <summary>True for a province-level code (ends with "0000").</summary>
    public bool IsProvinceLevel => Value.EndsWith("0000", StringComparison.Ordinal);

    /// <summary>True for a prefecture-level city code (ends with "00", not a zone, not a province).</summary>
    public bool IsCityLevel => !IsFunctionalZone && !IsProvinceLevel && Value.EndsWith("00", StringComparison.Ordinal);

    /// <summary>True when this district is the city <paramref name="city"/> itself or lies within it.</summary>
    public bool IsWithinCity(DistrictCode city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return string.Equals(CityCode, city.CityCode, StringComparison.Ordinal);
    }

    /// <summary>
    /// Parses six characters after trimming and upper-casing; the first two digits must be a real
    /// province-level code.
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out DistrictCode? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var value = IdentifierText.Normalise(input);
        if (value.Length != 6
            || !char.IsAsciiDigit(value[0]) || !char.IsAsciiDigit(value[1])
            || !char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3])
            || !char.IsAsciiDigit(value[5])
            || !(char.IsAsciiDigit(value[4]) || value[4] == 'Z')
            || !ProvinceCodes.IsValid(value[0], value[1]))
        {
            return false;
        }

        code = new DistrictCode(value);
        return true;
    }

    /// <summary>Parses a code that is known to be valid (configuration, seed data).</summary>
    /// <exception cref="FormatException">The input is not a district code.</exception>
    public static DistrictCode Parse(string input) =>
        TryParse(input, out var code)
            ? code
            : throw new FormatException($"“{input}”不是有效的行政区划代码（6位数字，或功能区代码如 3305Z1）。");

    /// <summary>The six characters.</summary>
    public override string ToString() => Value;
}
