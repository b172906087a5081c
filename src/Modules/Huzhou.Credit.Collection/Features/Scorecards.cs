using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// The department scorecards (部门归集质量报告卡). Department staff and reviewers see their own department's only; the
/// credit office sees every department of its districts (the city level all); any other department's code in the address
/// is answered as not found. Read from the statistics rows (live since a batch writes its row when it completes) and,
/// for the rejection reasons, the rejections of the department's batches in the period (over the batches'
/// (department, created) index and the rejections' batch index).
/// </summary>
internal sealed class Scorecards(
    CollectionDbContext db,
    NpgsqlDataSource dataSource,
    CollectionStatistics statistics,
    OverdueProviders overdue,
    ICatalogue catalogue,
    IDepartmentDirectory departments,
    ICurrentStaff staff,
    TimeProvider clock)
{
    /// <summary>How many months the scorecard covers by default and at most.</summary>
    public const int DefaultMonths = 12;

    public const int MaxMonths = 36;

    private const int ReasonsShown = 10;

    /// <summary>Reasons with the values they quote (“2025-02-30”) elided, so the same mistake groups together.</summary>
    private const string ReasonsSql =
        """
        SELECT coalesce(r.field_label, '（整行）') AS field, regexp_replace(r.reason, '“[^”]*”', '“…”', 'g') AS reason, count(*) AS rows
        FROM credit.collection_batches b
        JOIN credit.collection_rejections r ON r.batch_id = b.id
        WHERE b.department_code = @department AND b.created_at >= @from AND b.created_at < @to AND b.status = 4 AND b.source <> 5
        GROUP BY 1, 2
        ORDER BY 3 DESC, 1, 2
        LIMIT @limit
        """;

    /// <summary>Whether the user may see <paramref name="departmentCode"/>'s scorecard: its own department, or the credit office of the department's district.</summary>
    public async Task<bool> MaySeeAsync(string departmentCode, CancellationToken cancellationToken)
    {
        if (string.Equals(departmentCode, staff.DepartmentCode, StringComparison.Ordinal))
        {
            return true;
        }

        return staff.IsInRole(CreditRoles.CreditOffice)
            && (await departments.ListAsync(cancellationToken)).Any(d => d.Code == departmentCode && staff.CanSeeDistrict(d.DistrictCode));
    }

    /// <summary>The department codes the credit office sees (null: the whole city).</summary>
    public async Task<IReadOnlyCollection<string>?> VisibleDepartmentsAsync(CancellationToken cancellationToken) => staff.IsCityLevel
        ? null
        : (await departments.ListAsync(cancellationToken)).Where(d => staff.CanSeeDistrict(d.DistrictCode)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

    public async Task<Result<DepartmentScorecard>> GetAsync(string departmentCode, int months, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(departmentCode) || !await MaySeeAsync(departmentCode, cancellationToken))
        {
            return Result<DepartmentScorecard>.NotFound("没有该部门的归集质量报告。");
        }

        months = Math.Clamp(months, 1, MaxMonths);
        var to = ShanghaiTime.Today(clock);
        var from = new DateOnly(to.Year, to.Month, 1).AddMonths(-(months - 1));
        var rows = await db.DailyStatistics.AsNoTracking()
            .Where(s => s.DepartmentCode == departmentCode && s.Day >= from && s.Day <= to).ToListAsync(cancellationToken);
        var expected = (await statistics.ExpectedItemsAsync(cancellationToken)).GetValueOrDefault(departmentCode) ?? [];
        var quality = DepartmentQuality.Of(departmentCode, rows, expected);

        var trend = Enumerable.Range(0, months).Select(i => from.AddMonths(i))
            .Select(m => new MonthQuality(m, DepartmentQuality.Of(departmentCode, rows.Where(r => r.Day >= m && r.Day < m.AddMonths(1)).ToList(),
                expected)))
            .ToList();

        var dues = (await overdue.ListAsync([departmentCode], cancellationToken)).ToDictionary(d => d.ItemCode, StringComparer.Ordinal);
        var names = (await catalogue.ListItemsAsync(includeRetired: true, cancellationToken)).ToDictionary(i => i.ItemCode, i => i.Name, StringComparer.Ordinal);
        var items = expected.Concat(rows.Select(r => r.ItemCode)).Distinct(StringComparer.Ordinal)
            .Select(code =>
            {
                var mine = rows.Where(r => r.ItemCode == code).ToList();
                var one = new HashSet<string>(StringComparer.Ordinal) { code };
                return new ItemQuality(code, names.GetValueOrDefault(code, code), expected.Contains(code),
                    DepartmentQuality.Of(departmentCode, mine, expected.Contains(code) ? one : []), dues.GetValueOrDefault(code));
            })
            .OrderByDescending(i => i.Badness).ThenBy(i => i.ItemCode, StringComparer.Ordinal)
            .ToList();

        var reasons = await ReasonsAsync(departmentCode, from, to, cancellationToken);
        return Result<DepartmentScorecard>.Success(new DepartmentScorecard(departmentCode, from, to, quality, trend, items, reasons,
            dues.Values.Where(d => d.IsOverdue).ToList(), statistics.TimelinessWorkingDays));
    }

    private async Task<IReadOnlyList<RejectionReason>> ReasonsAsync(string departmentCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReasonsSql);
        command.Parameters.AddWithValue("department", departmentCode);
        command.Parameters.AddWithValue("from", ShanghaiTime.StartOfDay(from));
        command.Parameters.AddWithValue("to", ShanghaiTime.StartOfDay(to.AddDays(1)));
        command.Parameters.AddWithValue("limit", ReasonsShown);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var reasons = new List<RejectionReason>();
        while (await reader.ReadAsync(cancellationToken))
        {
            reasons.Add(new RejectionReason(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return reasons;
    }
}
