using Huzhou.Credit.SharedKernel.Validation;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// Text a business system sends to the check API, checked before the check joins a batch shared with other clients'
/// checks (the check log's group commit, the grouped credit-status lookups). PostgreSQL refuses a NUL in text and the
/// driver a lone surrogate, and either failed the whole shared statement — every check grouped with it answered 500
/// (issue #23). The rule itself is the platform's (<see cref="UnsafeText.Refusal"/>).
/// </summary>
internal static class CallerText
{
    /// <summary>
    /// Null when <paramref name="value"/> (null or empty included) may be used; otherwise why not, in Chinese, naming
    /// <paramref name="field"/>. Allocates nothing for an acceptable value.
    /// </summary>
    public static string? Refusal(string field, string? value, int maxLength) => UnsafeText.Refusal(field, value, maxLength);
}
