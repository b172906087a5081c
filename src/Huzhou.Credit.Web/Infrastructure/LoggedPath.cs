using System.Text.RegularExpressions;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// A request path as the request log writes it: a segment that reads as a resident ID number (a business system
/// calling <c>/api/v1/subjects/{code}</c> with a person's number) is masked, so no ID number reaches the logs.
/// </summary>
internal static partial class LoggedPath
{
    public static string Mask(string path) =>
        IdLike().IsMatch(path) ? IdLike().Replace(path, m => IsIdNumber(m.Value) ? Masking.IdNumber(m.Value) : m.Value) : path;

    // An all-digit credit code has the same shape and is public: only what reads as an ID number (any check digit;
    // the old 15-digit numbers always) is masked.
    private static bool IsIdNumber(string text) => text.Length == 15 || ResidentIdNumber.TryParse(text).Succeeded;

    // 18 characters (17 digits and a digit or X) or the old 15 digits, between path separators or the ends.
    [GeneratedRegex(@"(?<![0-9A-Za-z])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IdLike();
}
