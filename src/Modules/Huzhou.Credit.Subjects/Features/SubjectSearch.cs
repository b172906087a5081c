using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Registry search for staff: an exact code (USCC or resident ID number) or a name fragment of at least
/// two characters. Organisations' registration data is public, so every staff member finds every
/// organisation; natural persons are found only within the districts the user may see, and only when the
/// user states a purpose (one of <see cref="SubjectDetails.Purposes"/>): a search that lists persons, and
/// every search by ID number, writes <c>subjects.person.search</c> to the audit log as the person view does.
/// </summary>
internal sealed class SubjectSearch(SubjectsDbContext db, ICurrentStaff staff, PersonalDataProtector protector, IAuditLog audit, IRiskLevels risk)
{
    public const string AuditAction = "subjects.person.search";

    public const int PageSize = 20;

    /// <summary>Counting every match of a very common fragment is wasted work: counts stop here.</summary>
    public const int CountCap = 1000;

    public async Task<Result<SearchPage>> SearchAsync(SubjectSearchQuery query, CancellationToken cancellationToken)
    {
        var q = (query.Q ?? "").Trim();
        var purpose = string.IsNullOrWhiteSpace(query.Purpose) ? null : query.Purpose.Trim();
        if (purpose is not null && !SubjectDetails.Purposes.Contains(purpose))
        {
            return Result<SearchPage>.Failure("请从列表中选择查询事由。", "purpose");
        }

        IQueryable<Subject> source;
        var mode = SearchMode.None;
        var byIdNumber = false;

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

            // (An ID number often also reads as a credit code whose check characters fail: only a clean credit code is
            // searched without a purpose.)
            if (id.Succeeded && purpose is null && !(uscc.Succeeded && !uscc.HasWarnings))
            {
                // Looking a person up by ID number is a look at that person: it needs a purpose, as the person view does.
                return Result<SearchPage>.Success(SearchPage.Empty with { PurposeRequired = true });
            }

            var code = uscc.Value?.Value;
            var index = id.Value is { } number && purpose is not null ? protector.BlindIndex(number.Value) : null;
            byIdNumber = index is not null;
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

        if (query.Kind == SubjectKind.NaturalPerson && purpose is null)
        {
            return Result<SearchPage>.Success(SearchPage.Empty with { PurposeRequired = true });
        }

        source = ApplyScope(source);
        if (purpose is null)
        {
            source = source.Where(s => s.Kind != SubjectKind.NaturalPerson);
        }

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

        if (purpose is not null)
        {
            await AuditAsync(rows, purpose, byIdNumber, cancellationToken);
        }

        // The risk badge (风险提示) of the page's organisations within the user's districts: a few set-based reads for the page.
        var levels = await risk.LevelsAsync(rows.Where(r => r.Kind != SubjectKind.NaturalPerson).Select(r => r.Id).ToList(), cancellationToken);

        return Result<SearchPage>.Success(new SearchPage(
            new PagedList<SubjectSearchRow>(rows, page, PageSize, Math.Min(total, CountCap)),
            total > CountCap,
            mode,
            PersonsExcluded: purpose is null,
            Purpose: purpose) { Risk = levels });
    }

    /// <summary>
    /// One audit row per search that lists persons (or looks one up by ID number): the purpose, how the user
    /// searched and which persons were listed — their ids only; the query text (a name or an ID number) is not kept.
    /// </summary>
    private async Task AuditAsync(IReadOnlyList<SubjectSearchRow> rows, string purpose, bool byIdNumber, CancellationToken cancellationToken)
    {
        var persons = rows.Where(r => r.Kind == SubjectKind.NaturalPerson).Select(r => r.Id).ToList();
        if (persons.Count == 0 && !byIdNumber)
        {
            return;
        }

        var how = byIdNumber ? "按身份证号码查询自然人" : "查询结果列出自然人";
        var detail = persons.Count == 0
            ? $"{how}：未找到"
            : $"{how}：{persons.Count} 名（主体编号 {string.Join("、", persons)}）";
        await audit.WriteAsync(new AuditEntry(
            AuditAction,
            SubjectsDbContext.ModuleName,
            persons.Count == 1 ? persons[0] : null,
            Purpose: purpose,
            Detail: detail), cancellationToken);
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
