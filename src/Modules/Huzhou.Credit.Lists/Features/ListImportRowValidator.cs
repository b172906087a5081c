using System.Globalization;
using System.Text.RegularExpressions;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// Checks one row of a platform file without the database (a pure function of the cells, the list types and the
/// day): required cells, lengths within the columns' limits, the list type (by code or name, active), the code (a
/// valid credit code or ID number), the dates (readable, not in the future, in order, still in force). Every issue
/// of the row is reported, not only the first. The registry checks (the subject exists, its kind, its name) follow
/// in <see cref="ListImporter"/>.
/// </summary>
internal sealed partial class ListImportRowValidator
{
    private readonly Dictionary<string, ListType> _types = new(StringComparer.Ordinal);
    private readonly DateOnly _today;
    private readonly TimeProvider _clock;

    public ListImportRowValidator(IEnumerable<ListType> types, TimeProvider clock)
    {
        _clock = clock;
        _today = ShanghaiTime.Today(clock);
        foreach (var type in types)
        {
            _types.TryAdd(type.Code.ToUpperInvariant(), type);
            _types.TryAdd(Key(type.Name), type);
        }
    }

    /// <param name="cells">The row's cells indexed by <see cref="ImportColumn"/> ("" for an empty cell or a column the file lacks).</param>
    public (ImportCandidate? Candidate, IReadOnlyList<ImportIssue> Issues) Validate(IReadOnlyList<string> cells)
    {
        var issues = new List<ImportIssue>();
        string Cell(ImportColumn column) => column < (ImportColumn)cells.Count ? cells[(int)column].Trim() : "";

        string Required(ImportColumn column)
        {
            var value = Cell(column);
            if (value.Length == 0)
            {
                issues.Add(new(column, $"{ListImportColumns.Header(column)}不能为空。"));
            }
            else
            {
                WithinLimit(column, value);
            }

            return value;
        }

        void WithinLimit(ImportColumn column, string value)
        {
            if (ListImportColumns.Of(column).MaxLength is { } max && value.Length > max)
            {
                issues.Add(new(column, $"{ListImportColumns.Header(column)}超过{max}个字（当前{value.Length}个字）。"));
            }
        }

        var typeText = Required(ImportColumn.ListType);
        ListType? type = null;
        if (typeText.Length > 0)
        {
            if (!_types.TryGetValue(typeText.ToUpperInvariant(), out type) && !_types.TryGetValue(Key(typeText), out type))
            {
                issues.Add(new(ImportColumn.ListType, $"名单类型“{Shorten(typeText)}”不存在（应为名单类别代码如 SXBZXR，或名单名称如 失信被执行人）。"));
            }
            else if (!type.IsActive)
            {
                issues.Add(new(ImportColumn.ListType, $"名单类型“{type.Name}”已停用，不再接收列入。"));
                type = null;
            }
        }

        var name = Required(ImportColumn.SubjectName);
        var code = CheckCode(Required(ImportColumn.SubjectCode), issues);
        var document = Required(ImportColumn.DocumentNumber);
        var authority = Required(ImportColumn.DecidingAuthority);

        var authorityCodeText = Cell(ImportColumn.DecidingAuthorityCode);
        string? authorityCode = null;
        if (authorityCodeText.Length > 0)
        {
            var parsed = UnifiedSocialCreditCode.TryParse(authorityCodeText);
            if (parsed.Value is null)
            {
                issues.Add(new(ImportColumn.DecidingAuthorityCode, $"认定机关统一社会信用代码“{Shorten(authorityCodeText)}”无效：{parsed.FirstErrorMessage}"));
            }
            else
            {
                authorityCode = parsed.Value.Value;
            }
        }

        var decided = Date(ImportColumn.DecisionDate, Required(ImportColumn.DecisionDate), issues);
        var effective = Date(ImportColumn.EffectiveFrom, Required(ImportColumn.EffectiveFrom), issues);
        var expiresText = Cell(ImportColumn.ExpiresOn);
        var expires = expiresText.Length == 0 ? null : Date(ImportColumn.ExpiresOn, expiresText, issues, mayBeFuture: true);
        if (decided is { } d && effective is { } e && e < d)
        {
            issues.Add(new(ImportColumn.EffectiveFrom, $"列入日期 {e:yyyy-MM-dd} 早于认定日期 {d:yyyy-MM-dd}。"));
        }

        if (effective is { } from && expires is { } until && until <= from)
        {
            issues.Add(new(ImportColumn.ExpiresOn, $"有效期至 {until:yyyy-MM-dd} 应晚于列入日期 {from:yyyy-MM-dd}。"));
        }

        var basis = Cell(ImportColumn.Basis);
        WithinLimit(ImportColumn.Basis, basis);
        var reason = Cell(ImportColumn.Reason);
        WithinLimit(ImportColumn.Reason, reason);

        if (issues.Count > 0 || type is null)
        {
            return (null, issues);
        }

        var expiresOn = expires ?? (type.ValidityMonths is { } months ? effective!.Value.AddMonths(months) : null);
        if (expiresOn is { } end && end < _today)
        {
            issues.Add(new(expires is null ? ImportColumn.EffectiveFrom : ImportColumn.ExpiresOn,
                expires is null
                    ? $"按“{type.Name}”的有效期（{type.ValidityMonths}个月）计算，已于 {end:yyyy-MM-dd} 届满，不能再列入。"
                    : $"有效期已于 {end:yyyy-MM-dd} 届满，不能再列入。"));
            return (null, issues);
        }

        return (new ImportCandidate(
            type, name, code!, document, authority, authorityCode, decided!.Value, effective!.Value, expiresOn,
            basis.Length > 0 ? basis : type.LegalBasis,
            reason.Length > 0 ? reason : $"经{authority}认定（{document}），列入{type.Name}。"), issues);
    }

    /// <summary>Compares names as registered: brackets of either width and spaces do not count.</summary>
    public static bool SameName(string a, string b) => string.Equals(CellText.NormaliseHeader(a), CellText.NormaliseHeader(b), StringComparison.Ordinal);

    /// <summary>
    /// Whether a code cell is (or tries to be) a resident ID number, so that it is masked wherever it is shown or
    /// kept: it reads as an ID number, or it is no credit code and is 15 to 18 characters, all digits but a final X.
    /// </summary>
    public static bool LooksLikeIdNumber(string code)
    {
        var text = code.Trim();
        return ResidentIdNumber.TryParse(text).Value is not null
            || (UnifiedSocialCreditCode.TryParse(text).Value is null && IdLike().IsMatch(text));
    }

    /// <summary>The code as a report may show it: an ID number masked (330502********1234), anything else cut to 40 characters.</summary>
    public static string ForReport(string code) => LooksLikeIdNumber(code) ? Masking.IdNumber(code) : Shorten(code, 40);

    /// <summary>Parses "2026-11-05", "2026/11/5", "2026.11.5", "2026年11月5日", "20261105", optionally with a time after it.</summary>
    public static DateOnly? ParseDate(string text)
    {
        var value = text.Trim();
        var cut = value.IndexOfAny([' ', 'T', '\u3000']);
        if (cut > 0)
        {
            value = value[..cut];
        }

        value = value.Replace('年', '-').Replace('月', '-').Replace('/', '-').Replace('.', '-').TrimEnd('日');
        return DateOnly.TryParseExact(value, ["yyyy-M-d", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private string? CheckCode(string text, List<ImportIssue> issues)
    {
        if (text.Length == 0)
        {
            return null;
        }

        // The registry finds a code as either; a code that reads as both is decided by what the registry holds.
        var person = ResidentIdNumber.TryParse(text, _clock);
        var organisation = UnifiedSocialCreditCode.TryParse(text);
        if (person.Value is not null)
        {
            return person.Value.Value;
        }

        if (organisation.Value is not null)
        {
            return organisation.Value.Value;
        }

        var looksLikeId = LooksLikeIdNumber(text);
        var shown = looksLikeId ? Masking.IdNumber(text) : Shorten(text);
        var detail = looksLikeId ? person.FirstErrorMessage : organisation.FirstErrorMessage;
        issues.Add(new(ImportColumn.SubjectCode, $"“{shown}”不是有效的统一社会信用代码或身份证号码：{detail}"));
        return null;
    }

    private DateOnly? Date(ImportColumn column, string text, List<ImportIssue> issues, bool mayBeFuture = false)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var header = ListImportColumns.Header(column);
        if (ParseDate(text) is not { } date)
        {
            issues.Add(new(column, $"{header}“{Shorten(text)}”不是有效日期（应为 2026-11-05 这样的日期）。"));
            return null;
        }

        if (!mayBeFuture && date > _today)
        {
            issues.Add(new(column, $"{header} {date:yyyy-MM-dd} 晚于今天（{_today:yyyy-MM-dd}）。"));
            return null;
        }

        return date;
    }

    private static string Key(string name) => CellText.NormaliseHeader(name);

    private static string Shorten(string text, int length = 30) => text.Length > length ? text[..length] + "…" : text;

    [GeneratedRegex(@"^\d{14,17}[\dXx]$")]
    private static partial Regex IdLike();
}
