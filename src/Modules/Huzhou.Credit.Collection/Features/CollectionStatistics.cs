using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// The per-day, per-department, per-item statistics behind the three rates (<c>credit.collection_daily_statistics</c>).
/// Live: when a batch completes, its day's row for its department and item is recomputed from the completed batches in
/// the transaction that marks the batch completed (<see cref="CompleteAsync"/>: one indexed aggregate and one upsert). Nightly:
/// the last 40 days are rebuilt in one set-based statement, the reconciliation.
/// </summary>
internal sealed class CollectionStatistics(CollectionDbContext db, ICatalogue catalogue, IOptions<CollectionOptions> options, TimeProvider clock)
{
    /// <summary>The first key of the advisory lock that serialises the recomputation of one statistics row.</summary>
    private const int LockClass = 0x436F_5374;

    /// <summary>The timeliness limit in working days (<see cref="CollectionOptions.TimelinessDays"/>), for the page's explanation.</summary>
    public int TimelinessWorkingDays => options.Value.TimelinessDays;

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var from = ShanghaiTime.Today(clock).AddDays(-40);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.DailyStatistics.Where(s => s.Day >= from).ExecuteDeleteAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO credit.collection_daily_statistics (day, department_code, item_code, batches, received, accepted, rejected, timely, delay_days_total, history_rows)
            SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date, department_code, item_code, count(*),
                   sum(received), sum(inserted + updated + unchanged), sum(rejected), sum(timely), sum(delay_days_total), sum(history_rows)
            FROM credit.collection_batches
            WHERE status = 4 AND source <> 5 AND (created_at AT TIME ZONE 'Asia/Shanghai')::date >= {from}
            GROUP BY 1, 2, 3
            """,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the completed batch and, in the same transaction, recomputes its day's statistics row (department, item)
    /// from the completed batches of that day, so the rates are current when the batch page says 已完成. Idempotent
    /// (a re-run recomputes the same row); two batches of one department and item completing together are serialised by
    /// an advisory lock on the row, so neither count is lost. Deliveries of the platform's own modules are not counted.
    /// </summary>
    public async Task CompleteAsync(CollectionBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (batch.Source != BatchSource.Platform)
        {
            var day = DateOnly.FromDateTime(ShanghaiTime.ToShanghai(batch.CreatedAt).DateTime);
            var (start, end) = (ShanghaiTime.StartOfDay(day), ShanghaiTime.StartOfDay(day.AddDays(1)));
            var key = RowLockKey(day, batch.DepartmentCode, batch.ItemCode);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {key})", cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO credit.collection_daily_statistics (day, department_code, item_code, batches, received, accepted, rejected, timely, delay_days_total, history_rows)
                SELECT {day}, {batch.DepartmentCode}, {batch.ItemCode}, count(*), sum(received), sum(inserted + updated + unchanged), sum(rejected),
                       sum(timely), sum(delay_days_total), sum(history_rows)
                FROM credit.collection_batches
                WHERE department_code = {batch.DepartmentCode} AND created_at >= {start} AND created_at < {end}
                  AND item_code = {batch.ItemCode} AND status = 4 AND source <> 5
                HAVING count(*) > 0
                ON CONFLICT (day, department_code, item_code) DO UPDATE SET
                    batches = excluded.batches, received = excluded.received, accepted = excluded.accepted, rejected = excluded.rejected,
                    timely = excluded.timely, delay_days_total = excluded.delay_days_total, history_rows = excluded.history_rows
                """,
                cancellationToken);
            // The live rates changed: monitoring's threshold rules on 及时率 / 合规率 / 上报率 re-evaluate (debounced there).
            await Outbox.WriteAsync<DeliveryStatisticsChanged>(db, [new DeliveryStatisticsChanged(batch.DepartmentCode, batch.ItemCode, day)], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A stable 32-bit key of one statistics row (FNV-1a: the same in every process, unlike string hash codes).</summary>
    private static int RowLockKey(DateOnly day, string department, string item)
    {
        var h = 2166136261u;
        foreach (var c in $"{day.DayNumber}/{department}/{item}")
        {
            h = (h ^ c) * 16777619u;
        }

        return unchecked((int)h);
    }

    /// <summary>The departments that provide each current item (the catalogue versions' provider lists).</summary>
    public async Task<Dictionary<string, HashSet<string>>> ExpectedItemsAsync(CancellationToken cancellationToken)
    {
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

        return expected;
    }

    /// <summary>
    /// Every department's quality over the period (those with deliveries and those named as providers), ranked: the mean
    /// of the three rates, best first (a department with nothing to deliver and no delivery is left out).
    /// </summary>
    public async Task<IReadOnlyList<DepartmentQuality>> QualityAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? departments, CancellationToken cancellationToken)
    {
        var rows = await db.DailyStatistics.AsNoTracking().Where(s => s.Day >= from && s.Day <= to).ToListAsync(cancellationToken);
        var expected = await ExpectedItemsAsync(cancellationToken);
        var codes = rows.Select(r => r.DepartmentCode).Concat(expected.Keys).Distinct(StringComparer.Ordinal)
            .Where(c => departments is null || departments.Contains(c));
        return codes.Select(code => DepartmentQuality.Of(code, rows.Where(r => r.DepartmentCode == code).ToList(), expected.TryGetValue(code, out var set) ? set : []))
            .OrderByDescending(q => q.Score).ThenBy(q => q.DepartmentCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The rows received and rejected per day over the period by the given departments (all when null): the trend chart.</summary>
    public async Task<IReadOnlyList<DailyVolume>> DailyVolumeAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? departments, CancellationToken cancellationToken)
    {
        var rows = db.DailyStatistics.AsNoTracking().Where(s => s.Day >= from && s.Day <= to);
        if (departments is not null)
        {
            var codes = departments.ToList();
            rows = rows.Where(s => codes.Contains(s.DepartmentCode));
        }

        var days = await rows.GroupBy(s => s.Day)
            .Select(g => new { Day = g.Key, Received = g.Sum(s => s.Received), Rejected = g.Sum(s => s.Rejected) })
            .OrderBy(v => v.Day)
            .ToListAsync(cancellationToken);
        return days.Select(d => new DailyVolume(d.Day, d.Received, d.Rejected)).ToList();
    }
}
