using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.SharedKernel.Events;
using Npgsql;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// 逾期未报送: the Collection module's <see cref="ProviderOverdue"/> (once per department, item and lapsed period) becomes
/// one alert for the overdue department (owner <c>d:&lt;department&gt;</c>, like a shared list's) and one for the city
/// credit office (<c>c:330500</c>, <see cref="StaffOwners.CreditOffice"/>), linking to the department's scorecard. Not about a subject:
/// subject id 0, the department's name and code in the subject columns. The unique index on
/// (owner, subject, trigger, fact key) — the fact key is department, item and due day — makes a redelivery add nothing.
/// </summary>
internal sealed class OverdueProviderAlerts(NpgsqlDataSource dataSource, IDepartmentDirectory departments, AlertMailer mailer, TimeProvider clock)
    : IIntegrationEventHandler<ProviderOverdue>
{
    private const string InsertSql = """
        INSERT INTO credit.monitoring_alerts (owner, watch_list_id, set_watch_id, subject_id, subject_name, subject_code, is_person, district_code,
            trigger, fact_key, title, detail, serious, link, link_id, link_code, occurred_at, created_at, subject_count)
        SELECT o.owner, 0, NULL, 0, @name, @code, false, @district, @trigger, @key, @title, @detail, false, @link, NULL, @department, @now, @now, 1
        FROM unnest(@owners) AS o(owner)
        ON CONFLICT (owner, subject_id, trigger, fact_key) DO NOTHING
        RETURNING id
        """;

    public async Task HandleAsync(ProviderOverdue message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == message.DepartmentCode);
        var name = department?.Name ?? message.DepartmentCode;
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand(InsertSql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string[]>("owners", [WatchList.DepartmentOwner(message.DepartmentCode), StaffOwners.CreditOffice(StaffOwners.City)]));
        p.Add(new NpgsqlParameter<string>("name", Clip(name, 200)));
        p.Add(new NpgsqlParameter<string>("code", Clip(message.DepartmentCode, 18)));
        p.Add(new NpgsqlParameter<string>("district", Clip(department?.DistrictCode ?? StaffOwners.City, 6)));
        p.Add(new NpgsqlParameter<short>("trigger", (short)AlertTrigger.ProviderOverdue));
        p.Add(new NpgsqlParameter<string>("key", Clip(FactKey(message), 100)));
        p.Add(new NpgsqlParameter<string>("title", Clip("逾期未报送：" + message.ItemName, 300)));
        p.Add(new NpgsqlParameter<string>("detail", Detail(name, message)));
        p.Add(new NpgsqlParameter<short>("link", (short)AlertLink.Scorecard));
        p.Add(new NpgsqlParameter<string>("department", Clip(message.DepartmentCode, 30)));
        p.Add(new NpgsqlParameter<DateTime>("now", now.UtcDateTime));
        var created = new List<long>(2);
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                created.Add(r.GetInt64(0));
            }
        }

        if (created.Count > 0)
        {
            await mailer.SendImmediateAsync(created, cancellationToken);
        }
    }

    /// <summary>Department, item and the lapsed period (the due day; "never" for an item never delivered).</summary>
    public static string FactKey(ProviderOverdue message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var due = message.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never";
        return $"o:{message.DepartmentCode}:{message.ItemCode}:{due}";
    }

    private static string Detail(string department, ProviderOverdue m)
    {
        var period = m.PeriodUnit == DeliveryPeriodUnit.WorkingDays ? $"{m.PeriodCount} 个工作日" : $"{m.PeriodCount} 个月";
        var last = m.LastDeliveredOn is { } l ? "最近一次报送 " + Day(l) : "从未报送";
        var due = m.DueOn is { } d ? $"，应于 {Day(d)} 前报送" : "";
        return $"{department}应每 {period}报送目录项「{m.ItemName}」（{m.ItemCode}）；{last}{due}，{Day(m.DetectedOn)} 发现逾期。";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
