using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// 逾期未报送: for every current catalogue item with an expected period (应报送周期, kept on the catalogue item) and every
/// department the item names as a provider, the last day it delivered the item with accepted rows (from the statistics
/// rows, which a batch writes when it completes) and the day the next delivery is due — the last delivery plus the
/// period, in working days of the platform's calendar or in calendar months. A provider is overdue the day after; one
/// that never delivered the item is overdue at once. Read live by the pages and the workbench; the nightly job
/// <see cref="NotifyAsync"/> publishes each lapse once as <see cref="ProviderOverdue"/>.
/// </summary>
internal sealed class OverdueProviders(CollectionDbContext db, ICatalogue catalogue, IWorkingDays workingDays, TimeProvider clock)
{
    private const string NoticeSql =
        """
        INSERT INTO credit.collection_overdue_notices (department_code, item_code, due_on, last_delivered_on, noticed_at)
        SELECT d, i, due, last, now() FROM unnest(@departments, @items, @dues, @lasts) AS u(d, i, due, last)
        ON CONFLICT DO NOTHING
        RETURNING department_code, item_code
        """;

    /// <summary>Every provider of every item with a period (only <paramref name="departments"/>' when given), overdue ones first.</summary>
    public async Task<IReadOnlyList<ProviderDue>> ListAsync(IReadOnlyCollection<string>? departments, CancellationToken cancellationToken)
    {
        var pairs = new List<(string Department, CatalogueItemSummary Item)>();
        foreach (var summary in await catalogue.ListItemsAsync(includeRetired: false, cancellationToken))
        {
            if (summary.ExpectedDelivery is not { IsValid: true } || await catalogue.GetCurrentAsync(summary.ItemCode, cancellationToken) is not { } version)
            {
                continue;
            }

            pairs.AddRange(version.ProviderDepartments.Distinct(StringComparer.Ordinal)
                .Where(d => departments is null || departments.Contains(d)).Select(d => (d, summary)));
        }

        if (pairs.Count == 0)
        {
            return [];
        }

        var codes = pairs.Select(p => p.Department).Distinct(StringComparer.Ordinal).ToList();
        var last = (await db.DailyStatistics.AsNoTracking().Where(s => s.Accepted > 0 && codes.Contains(s.DepartmentCode))
                .GroupBy(s => new { s.DepartmentCode, s.ItemCode })
                .Select(g => new { g.Key.DepartmentCode, g.Key.ItemCode, Day = g.Max(s => s.Day) })
                .ToListAsync(cancellationToken))
            .ToDictionary(r => (r.DepartmentCode, r.ItemCode), r => r.Day);
        var calendar = await workingDays.CalendarAsync(cancellationToken);
        var today = ShanghaiTime.Today(clock);
        return pairs.Select(p =>
            {
                var period = p.Item.ExpectedDelivery!;
                DateOnly? delivered = last.TryGetValue((p.Department, p.Item.ItemCode), out var day) ? day : null;
                DateOnly? due = delivered is { } d ? DueAfter(d, period, calendar) : null;
                var overdue = due is null || today > due;
                return new ProviderDue(p.Department, p.Item.ItemCode, p.Item.Name, period, delivered, due, overdue,
                    overdue && due is { } u ? today.DayNumber - u.DayNumber : 0);
            })
            .OrderByDescending(p => p.IsOverdue).ThenBy(p => p.LastDeliveredOn.HasValue).ThenByDescending(p => p.DaysOverdue)
            .ThenBy(p => p.DepartmentCode, StringComparer.Ordinal).ThenBy(p => p.ItemCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The last day a delivery after <paramref name="lastDelivery"/> is due: the period's working days (the platform's calendar) or months later.</summary>
    public static DateOnly DueAfter(DateOnly lastDelivery, DeliveryPeriod period, WorkingDayCalendar calendar) => period.Unit == DeliveryPeriodUnit.WorkingDays
        ? calendar.AddWorkingDays(lastDelivery, period.Count)
        : lastDelivery.AddMonths(period.Count);

    /// <summary>
    /// Publishes every overdue provider not yet told for this lapse (department, item, due day) as <see cref="ProviderOverdue"/>
    /// through the outbox, in one transaction with the notice rows that make it once only. Returns how many were new.
    /// </summary>
    public async Task<int> NotifyAsync(CancellationToken cancellationToken)
    {
        var overdue = (await ListAsync(null, cancellationToken)).Where(p => p.IsOverdue).ToList();
        if (overdue.Count == 0)
        {
            return 0;
        }

        var today = ShanghaiTime.Today(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();
        var fresh = new HashSet<(string, string)>();
        await using (var command = new NpgsqlCommand(NoticeSql, connection, npgsqlTransaction))
        {
            command.Parameters.AddUnnest(overdue)
                .Column("departments", p => p.DepartmentCode)
                .Column("items", p => p.ItemCode)
                .Column("dues", p => p.DueOn)
                .Column("lasts", p => p.LastDeliveredOn);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                fresh.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var events = overdue.Where(p => fresh.Contains((p.DepartmentCode, p.ItemCode)))
            .Select(p => new ProviderOverdue(p.DepartmentCode, p.ItemCode, p.ItemName, p.Period.Count, p.Period.Unit, p.LastDeliveredOn, p.DueOn, today))
            .ToList();
        await Outbox.WriteAsync(connection, npgsqlTransaction, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }
}
