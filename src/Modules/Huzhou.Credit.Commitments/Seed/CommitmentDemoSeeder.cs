using System.Globalization;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Commitments.Seed;

/// <summary>
/// The demo city's commitments: two years of departments' deliveries (XYCN through the collection pipeline, as the
/// city's systems deliver them) with fulfilment verified, some overdue for verification and a few breached (their XYWN
/// bad records written by the sync), plus construction companies' commitments signed online from the templates.
/// Idempotent.
/// </summary>
internal sealed class CommitmentDemoSeeder(
    CommitmentsDbContext db,
    IRecordDelivery delivery,
    ISubjectDirectory subjects,
    IDepartmentDirectory departments,
    CommitmentSync sync,
    TimeProvider clock) : IDemoSeeder
{
    private const string Actor = "demo-seed";

    // Before the grading run (45), so commitments kept and breached count in the first scores.
    public int Order => 42;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await db.Commitments.AnyAsync(cancellationToken))
        {
            return null;
        }

        var organisations = await subjects.ListOrganisationsAsync(null, 900, cancellationToken);
        if (organisations.Count < 100)
        {
            return null;
        }

        var names = (await departments.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        var today = ShanghaiTime.Today(clock);
        var random = new Random(20261127);
        var templates = CommitmentSeeder.Standard;
        var rowsByDepartment = new Dictionary<string, List<IReadOnlyDictionary<string, string?>>>(StringComparer.Ordinal);
        var n = 0;
        foreach (var organisation in organisations.Take(480))
        {
            var t = templates[random.Next(templates.Length)];
            var signed = today.AddDays(-random.Next(5, 730));
            DateOnly? due = t.TermMonths > 0 ? signed.AddMonths(t.TermMonths) : null;
            // Past its term: mostly kept, some breached, some still waiting for the department's check; within it: in force.
            var roll = random.Next(100);
            var status = due is { } d && d < today ? (roll < 82 ? "2" : roll < 88 ? "3" : "1") : "1";
            DateOnly? checkedOn = status is "2" or "3" && due is { } dd ? dd.AddDays(random.Next(1, 20)) : null;
            if (checkedOn > today)
            {
                checkedOn = today;
            }

            n++;
            var number = string.Create(CultureInfo.InvariantCulture, $"HZCN{signed:yyyy}{n:D7}");
            if (!rowsByDepartment.TryGetValue(t.Department, out var rows))
            {
                rowsByDepartment[t.Department] = rows = [];
            }

            rows.Add(new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["承诺主体名称"] = organisation.Name,
                ["统一社会信用代码"] = organisation.Uscc,
                ["承诺类型"] = CommitmentNames.TypeCode(t.Type),
                ["承诺事项"] = t.Matter,
                ["承诺内容"] = CommitmentService.Render(t.Body, organisation.Name, organisation.Uscc),
                ["承诺书编号"] = number,
                ["承诺日期"] = signed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["承诺期限至"] = due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["承诺受理部门"] = names.GetValueOrDefault(t.Department, t.Department),
                ["履约状态"] = status,
                ["核查日期"] = checkedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }

        long delivered = 0;
        foreach (var (department, rows) in rowsByDepartment)
        {
            var result = await delivery.DeliverAsync(new RecordDeliveryRequest(CommitmentNames.ItemCode, department, Actor, $"{names.GetValueOrDefault(department, department)}信用承诺_历史数据.json", rows), cancellationToken);
            if (!result.AllAccepted)
            {
                return "信用承诺演示数据未导入：" + result.Problem;
            }

            delivered += result.Inserted;
        }

        // The workflow rows (and the breaches' XYWN records) now, not when the outbox gets to it: the pages below need them.
        var ids = (await subjects.FindByCodesAsync([.. organisations.Take(480).Select(o => o.Uscc)], cancellationToken)).Values.Select(s => s.SubjectId).ToArray();
        await sync.HandleAsync(new CreditRecordsChanged(ids), cancellationToken);
        var breached = await db.Commitments.CountAsync(c => c.Status == CommitmentStatus.Breached, cancellationToken);
        return $"信用承诺：{delivered} 条历史承诺经归集写入（{breached} 条违诺，已生成违诺失信信息）。";
    }
}
