using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>Reads for the staff pages, statistics and the public publicity page.</summary>
internal sealed class CommitmentQueries(CommitmentsDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>What the account sees: the credit office every commitment, a department those made to it (district staff: their district's subjects).</summary>
    public IQueryable<Commitment> Visible(ICurrentStaff staff)
    {
        var source = db.Commitments.AsNoTracking();
        if (!staff.IsInRole(CreditRoles.CreditOffice))
        {
            source = source.Where(c => c.DepartmentCode == staff.DepartmentCode);
        }

        if (!staff.IsCityLevel && staff.DistrictCode is { } district)
        {
            source = source.Where(c => c.DistrictCode == district);
        }

        return source;
    }

    /// <summary>A commitment the account sees (<see cref="Visible"/>) with its template, or null.</summary>
    public async Task<CommitmentDetail?> DetailAsync(ICurrentStaff staff, long id, CancellationToken cancellationToken)
    {
        var commitment = await Visible(staff).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commitment is null)
        {
            return null;
        }

        var template = commitment.TemplateId is { } t ? await db.Templates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == t, cancellationToken) : null;
        return new CommitmentDetail(commitment, template);
    }

    /// <summary>Whether the account sees the commitment (another district's or department's does not exist for it).</summary>
    public Task<bool> IsVisibleAsync(ICurrentStaff staff, long id, CancellationToken cancellationToken) =>
        Visible(staff).AnyAsync(c => c.Id == id, cancellationToken);

    /// <summary>The latest verification evidence of a commitment the account sees, or null.</summary>
    public async Task<CommitmentEvidence?> EvidenceAsync(ICurrentStaff staff, long id, CancellationToken cancellationToken) =>
        await IsVisibleAsync(staff, id, cancellationToken)
            ? await db.Evidence.AsNoTracking().Where(e => e.CommitmentId == id).OrderByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>Every commitment the account sees, in number order, optionally of one status (the CSV export).</summary>
    public IAsyncEnumerable<Commitment> Export(ICurrentStaff staff, CommitmentStatus? status)
    {
        var source = Visible(staff);
        if (status is { } s)
        {
            source = source.Where(c => c.Status == s);
        }

        return source.OrderBy(c => c.Id).AsAsyncEnumerable();
    }

    /// <summary>An organisation's own commitments (the latest 200), newest first.</summary>
    public async Task<IReadOnlyList<Commitment>> OrganisationCommitmentsAsync(long subjectId, CancellationToken cancellationToken) =>
        await db.Commitments.AsNoTracking().Where(c => c.SubjectId == subjectId).OrderByDescending(c => c.SignedOn).ThenByDescending(c => c.Id).Take(200).ToListAsync(cancellationToken);

    /// <summary>The templates an organisation may sign online.</summary>
    public async Task<IReadOnlyList<CommitmentTemplate>> ActiveTemplatesAsync(CancellationToken cancellationToken) =>
        await db.Templates.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Type).ThenBy(t => t.Code).ToListAsync(cancellationToken);

    /// <summary>An active template, or null.</summary>
    public Task<CommitmentTemplate?> ActiveTemplateAsync(long templateId, CancellationToken cancellationToken) =>
        db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId && t.Active, cancellationToken);

    public async Task<(IReadOnlyList<Commitment> Rows, int Total)> ListAsync(ICurrentStaff staff, CommitmentFilter filter, CancellationToken cancellationToken)
    {
        var today = Today;
        var source = Visible(staff);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToUpperInvariant();
            source = UnifiedSocialCreditCode.TryParse(q, out var code)
                ? source.Where(c => c.DisplayCode == code.Value)
                : source.Where(c => c.Number == q || EF.Functions.Like(c.SubjectName, "%" + filter.Query.Trim() + "%") || EF.Functions.Like(c.Matter, "%" + filter.Query.Trim() + "%"));
        }

        if (filter.Status is { } status)
        {
            source = source.Where(c => c.Status == status);
        }

        if (filter.Type is { } type)
        {
            source = source.Where(c => c.Type == type);
        }

        if (!string.IsNullOrEmpty(filter.Department))
        {
            source = source.Where(c => c.DepartmentCode == filter.Department);
        }

        source = filter.Due switch
        {
            "overdue" => source.Where(c => c.Status == CommitmentStatus.InForce && c.DueOn < today),
            "month" => source.Where(c => c.Status == CommitmentStatus.InForce && c.DueOn >= today && c.DueOn <= today.AddDays(30)),
            _ => source,
        };
        var total = await source.CountAsync(cancellationToken);
        var rows = await source
            .OrderBy(c => c.Status == CommitmentStatus.InForce && c.DueOn < today ? 0 : c.Status == CommitmentStatus.InForce ? 1 : 2)
            .ThenBy(c => c.DueOn)
            .ThenByDescending(c => c.Id)
            .Skip((Math.Max(1, filter.Page) - 1) * PageSize).Take(PageSize)
            .Select(c => new Commitment
            {
                Id = c.Id, Number = c.Number, SubjectId = c.SubjectId, IsPerson = c.IsPerson, SubjectName = c.SubjectName, DisplayCode = c.DisplayCode, Type = c.Type,
                Matter = c.Matter, SignedOn = c.SignedOn, DueOn = c.DueOn, DepartmentCode = c.DepartmentCode, Status = c.Status, Source = c.Source, VerifiedOn = c.VerifiedOn,
            })
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>The visible commitments signed per month since <paramref name="from"/> (the statistics page's trend), as (first day of the month, count).</summary>
    public async Task<IReadOnlyList<KeyValuePair<DateOnly, double>>> SignedByMonthAsync(ICurrentStaff staff, DateOnly from, CancellationToken cancellationToken)
    {
        var months = await Visible(staff).Where(c => c.SignedOn >= from)
            .GroupBy(c => new { c.SignedOn.Year, c.SignedOn.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return months.Select(m => new KeyValuePair<DateOnly, double>(new DateOnly(m.Year, m.Month, 1), m.Count)).ToList();
    }

    public async Task<CommitmentStatistics> StatisticsAsync(ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var today = Today;
        var groups = await Visible(staff)
            .GroupBy(c => new { c.Type, c.DepartmentCode, c.Source, c.Status, Overdue = c.Status == CommitmentStatus.InForce && c.DueOn < today })
            .Select(g => new StatGroup(g.Key.Type, g.Key.DepartmentCode, g.Key.Source, g.Key.Status, g.Key.Overdue, g.Count()))
            .ToListAsync(cancellationToken);

        static CommitmentTally Tally(string key, IEnumerable<StatGroup> rows)
        {
            int total = 0, inForce = 0, overdue = 0, fulfilled = 0, breached = 0, withdrawn = 0;
            foreach (var r in rows)
            {
                var count = r.Count;
                total += count;
                switch (r.Status)
                {
                    case CommitmentStatus.InForce:
                        inForce += count;
                        overdue += r.Overdue ? count : 0;
                        break;
                    case CommitmentStatus.Fulfilled:
                        fulfilled += count;
                        break;
                    case CommitmentStatus.Breached:
                        breached += count;
                        break;
                    default:
                        withdrawn += count;
                        break;
                }
            }

            return new CommitmentTally(key, total, inForce, overdue, fulfilled, breached, withdrawn);
        }

        return new CommitmentStatistics(
            Tally("合计", groups),
            groups.GroupBy(g => g.Type).OrderBy(g => g.Key).Select(g => Tally(CommitmentNames.Type(g.Key), g)).ToList(),
            groups.GroupBy(g => g.DepartmentCode).Select(g => Tally(g.Key, g)).OrderByDescending(t => t.Total).ToList(),
            groups.GroupBy(g => g.Source).OrderBy(g => g.Key).Select(g => Tally(CommitmentNames.Source(g.Key), g)).ToList());
    }

    private sealed record StatGroup(CommitmentType Type, string DepartmentCode, CommitmentSource Source, CommitmentStatus Status, bool Overdue, int Count);

    /// <summary>
    /// The public publicity page: organisations' public commitments found by credit code, commitment number or a name of
    /// at least two characters; persons' commitments are never listed.
    /// </summary>
    public async Task<IReadOnlyList<Commitment>> PublicSearchAsync(string query, CancellationToken cancellationToken)
    {
        var q = query.Trim();
        var number = q.ToUpperInvariant();
        var source = db.Commitments.AsNoTracking().Where(c => c.IsPublic && !c.IsPerson && c.Status != CommitmentStatus.Withdrawn);
        source = UnifiedSocialCreditCode.TryParse(q.ToUpperInvariant(), out var code)
            ? source.Where(c => c.DisplayCode == code.Value)
            : source.Where(c => c.Number == number || EF.Functions.Like(c.SubjectName, "%" + q + "%"));
        return await source.OrderByDescending(c => c.SignedOn).ThenByDescending(c => c.Id).Take(100)
            .Select(c => new Commitment
            {
                Id = c.Id, Number = c.Number, SubjectName = c.SubjectName, DisplayCode = c.DisplayCode, Type = c.Type, Matter = c.Matter, Content = c.Content,
                SignedOn = c.SignedOn, DueOn = c.DueOn, DepartmentCode = c.DepartmentCode, Status = c.Status, VerifiedOn = c.VerifiedOn,
            })
            .ToListAsync(cancellationToken);
    }
}
