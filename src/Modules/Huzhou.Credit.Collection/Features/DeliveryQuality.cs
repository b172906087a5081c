using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Collection;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// <see cref="IDeliveryQuality"/>: the departments' counts over a period summed per department and item in the database
/// from the per-day statistics table (its rows are per day, department and item: a month is a few thousand rows, never
/// the batches or the records), then folded with the catalogue's expected items.
/// </summary>
internal sealed class DeliveryQuality(CollectionDbContext db, CollectionStatistics statistics) : IDeliveryQuality
{
    public async Task<IReadOnlyList<DeliveryQualityFigures>> QualityAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var sums = await db.DailyStatistics.AsNoTracking().Where(s => s.Day >= from && s.Day <= to)
            .GroupBy(s => new { s.DepartmentCode, s.ItemCode })
            .Select(g => new
            {
                g.Key.DepartmentCode,
                g.Key.ItemCode,
                Batches = g.Sum(s => s.Batches),
                Received = g.Sum(s => s.Received),
                Accepted = g.Sum(s => s.Accepted),
                Timely = g.Sum(s => s.Timely),
                History = g.Sum(s => s.HistoryRows),
            })
            .ToListAsync(cancellationToken);
        var expected = await statistics.ExpectedItemsAsync(cancellationToken);
        return sums.Select(s => s.DepartmentCode).Concat(expected.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(code =>
            {
                var rows = sums.Where(s => s.DepartmentCode == code).ToList();
                var items = expected.TryGetValue(code, out var set) ? set : [];
                return new DeliveryQualityFigures(
                    code,
                    items.Count,
                    items.Count(i => rows.Any(r => r.ItemCode == i && r.Batches > 0)),
                    rows.Sum(r => r.Received),
                    rows.Sum(r => r.Accepted),
                    rows.Sum(r => r.Timely),
                    rows.Sum(r => r.History));
            })
            .ToList();
    }
}
