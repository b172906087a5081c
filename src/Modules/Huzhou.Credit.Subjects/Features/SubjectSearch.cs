using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

internal sealed record SubjectSearchQuery(string? Q, SubjectKind? Kind, string? District, bool WarningsOnly, int Page = 1, bool PendingOnly = false);

internal sealed record SubjectSearchRow(
    long Id,
    SubjectKind Kind,
    string Name,
    string? Uscc,
    string? IdNumberMasked,
    string DistrictCode,
    RegistrationStatus Status,
    bool UsccCheckWarning,
    VerificationStatus Verification = VerificationStatus.Verified);

/// <summary>
/// Registry search for staff: an exact code (USCC or resident ID number) or a name fragment of at least
/// two characters. Organisations' registration data is public, so every staff member finds every
/// organisation; natural persons are found only within the districts the user may see.
/// </summary>
internal sealed class SubjectSearch(SubjectsDbContext db, ICurrentStaff staff, PersonalDataProtector protector)
{
    public const int PageSize = 20;

    /// <summary>Counting every match of a very common fragment is wasted work: counts stop here.</summary>
    public const int CountCap = 1000;

    public async Task<Result<SearchPage>> SearchAsync(SubjectSearchQuery query, CancellationToken cancellationToken)
    {
        var q = (query.Q ?? "").Trim();
        IQueryable<Subject> source;
        var mode = SearchMode.None;

        if (q.Length == 0)
        {
            if (!query.WarningsOnly && !query.PendingOnly)
            {
                return Result<SearchPage>.Success(SearchPage.Empty);
            }

            source = db.Subjects;
        }
        else if (LooksLikeCode(q))
        {
            // An 18-digit resident ID number can also read as a credit code whose check characters fail
            // (both start with digits such as 33): look the input up as whichever identifiers it parses as.
            var uscc = UnifiedSocialCreditCode.TryParse(q);
            var id = ResidentIdNumber.TryParse(q);
            if (!uscc.Succeeded && !id.Succeeded)
            {
                var probablyPerson = (q.Length >= 17 && q[..17].All(char.IsAsciiDigit)) || q.Length == 15;
                var error = probablyPerson ? id.FirstErrorMessage : uscc.FirstErrorMessage;
                return Result<SearchPage>.Failure($"“{Shorten(q)}”不是有效的{(probablyPerson ? "身份证号码" : "统一社会信用代码")}：{error}", "q");
            }

            var code = uscc.Value?.Value;
            var index = id.Value is { } number ? protector.BlindIndex(number.Value) : null;
            source = db.Subjects.Where(s => (code != null && s.Uscc == code) || (index != null && s.IdNumberIndex == index));
            mode = SearchMode.Code;
        }
        else if (q.Length < 2)
        {
            return Result<SearchPage>.Failure("请输入至少两个字的名称片段，或完整的统一社会信用代码、身份证号码。", "q");
        }
        else
        {
            source = NameSearch.Matching(db, q);
            mode = SearchMode.Name;
        }

        source = ApplyScope(source);
        if (query.Kind is { } kind)
        {
            source = source.Where(s => s.Kind == kind);
        }

        if (!string.IsNullOrEmpty(query.District))
        {
            source = source.Where(s => s.DistrictCode == query.District);
        }

        if (query.WarningsOnly)
        {
            source = source.Where(s => s.UsccCheckWarning);
        }

        if (query.PendingOnly)
        {
            source = source.Where(s => s.Verification == VerificationStatus.Pending);
        }

        var page = Math.Max(1, query.Page);
        var total = await source.Take(CountCap + 1).CountAsync(cancellationToken);
        var ordered = mode == SearchMode.Name
            ? NameSearch.Ranked(source, q)
            : source.OrderBy(s => s.Name).ThenBy(s => s.Id);
        var rows = await ordered
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(s => new SubjectSearchRow(s.Id, s.Kind, s.Name, s.Uscc, s.IdNumberMasked, s.DistrictCode, s.Status, s.UsccCheckWarning, s.Verification))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return Result<SearchPage>.Success(new SearchPage(
            new PagedList<SubjectSearchRow>(rows, page, PageSize, Math.Min(total, CountCap)),
            total > CountCap,
            mode));
    }

    /// <summary>Natural persons outside the user's districts are not even found.</summary>
    private IQueryable<Subject> ApplyScope(IQueryable<Subject> source)
    {
        if (staff.IsCityLevel)
        {
            return source;
        }

        var district = staff.DistrictCode ?? "";
        return source.Where(s => s.Kind != SubjectKind.NaturalPerson || s.DistrictCode == district);
    }

    private static bool LooksLikeCode(string q) =>
        q.Length >= 15 && q.All(c => char.IsAsciiLetterOrDigit(c) || (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ'));

    /// <summary>An ID number typed by mistake should not be echoed whole on screen.</summary>
    private static string Shorten(string q) => q.Length > 10 ? Masking.IdNumber(q) : q;
}

internal enum SearchMode
{
    None,
    Code,
    Name,
}

internal sealed record SearchPage(PagedList<SubjectSearchRow> Results, bool CountCapped, SearchMode Mode)
{
    public static SearchPage Empty { get; } = new(new PagedList<SubjectSearchRow>([], 1, SubjectSearch.PageSize, 0), false, SearchMode.None);
}
