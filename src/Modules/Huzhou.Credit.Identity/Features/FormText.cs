using Huzhou.Credit.SharedKernel.Validation;

namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// Free text typed into the public forms (organisation registration): at most a length, and none of the characters the
/// platform refuses in text from outside (<see cref="UnsafeText"/>: controls, bidirectional formatting).
/// </summary>
internal static class FormText
{
    /// <summary>Null when <paramref name="value"/> is acceptable; otherwise the Chinese reason naming <paramref name="field"/>.</summary>
    public static string? Problem(string field, string? value, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? $"{field}不能超过 {maxLength} 个字符。"
        : UnsafeText.Describe(field, value);
}
