using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Nightly: rebuilds per-day, per-department, per-item statistics from the completed batches in one set-based
/// statement (the last 40 days, so late completions are counted); the page reads the rates from them.
/// </summary>
internal sealed class CollectionStatistics(CollectionDbContext db, ICatalogue catalogue, IOptions<CollectionOptions> options, TimeProvider clock)
{
    /// <summary>The timeliness limit in working days (<see cref="CollectionOptions.TimelinessDays"/>), for the page's explanation.</summary>
    public int TimelinessWorkingDays => options.Value.TimelinessDays;

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var from = ShanghaiTime.Today(clock).AddDays(-40);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.DailyStatistics.Where(s => s.Day >= from).ExecuteDeleteAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO credit.collection_daily_statistics (day, department_code, item_code, batches, received, accepted, rejected, timely, delay_days_total)
            SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date, department_code, item_code, count(*),
                   sum(received), sum(inserted + updated + unchanged), sum(rejected), sum(timely), sum(delay_days_total)
            FROM credit.collection_batches
            WHERE status = 4 AND source <> 5 AND (created_at AT TIME ZONE 'Asia/Shanghai')::date >= {from}
            GROUP BY 1, 2, 3
            """,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DepartmentQuality>> QualityAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? departments, CancellationToken cancellationToken)
    {
        var rows = await db.DailyStatistics.AsNoTracking().Where(s => s.Day >= from && s.Day <= to).ToListAsync(cancellationToken);
        var items = await catalogue.ListItemsAsync(includeRetired: false, cancellationToken);
        var expected = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var summary in items)
        {
            var item = await catalogue.GetCurrentAsync(summary.ItemCode, cancellationToken);
            foreach (var department in item?.ProviderDepartments ?? [])
            {
                (expected.TryGetValue(department, out var set) ? set : expected[department] = new HashSet<string>(StringComparer.Ordinal)).Add(summary.ItemCode);
            }
        }

        var codes = rows.Select(r => r.DepartmentCode).Concat(expected.Keys).Distinct(StringComparer.Ordinal)
            .Where(c => departments is null || departments.Contains(c));
        return codes.Select(code =>
        {
            var mine = rows.Where(r => r.DepartmentCode == code).ToList();
            var expectedItems = expected.TryGetValue(code, out var set) ? set : [];
            var accepted = mine.Sum(r => r.Accepted);
            return new DepartmentQuality(
                code,
                expectedItems.Count,
                expectedItems.Count(i => mine.Any(r => r.ItemCode == i)),
                mine.Sum(r => r.Batches),
                mine.Sum(r => r.Received),
                accepted,
                mine.Sum(r => r.Rejected),
                mine.Sum(r => r.Timely),
                accepted == 0 ? 0 : (double)mine.Sum(r => r.DelayDaysTotal) / accepted);
        })
        .OrderBy(q => q.ReportingRate).ThenBy(q => q.DepartmentCode, StringComparer.Ordinal)
        .ToList();
    }
}
