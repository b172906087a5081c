namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>Province-level codes of GB/T 2260 (including 71 Taiwan, 81 Hong Kong, 82 Macao).</summary>
internal static class ProvinceCodes
{
    public static bool IsValid(int code) => code is
        (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46)
        or (>= 50 and <= 54) or (>= 61 and <= 65) or 71 or 81 or 82;

    public static bool IsValid(char first, char second) =>
        char.IsAsciiDigit(first) && char.IsAsciiDigit(second) && IsValid(((first - '0') * 10) + (second - '0'));
}
