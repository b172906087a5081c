using System.Globalization;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
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
    CommitmentService service,
    TimeProvider clock) : IDemoSeeder
{
    private const string Actor = "demo-seed";

    private static readonly Dictionary<string, string> Series = new(StringComparer.Ordinal)
    {
        ["HZ-SJJ"] = "湖市监", ["HZ-JSJ"] = "湖建", ["HZ-STHJJ"] = "湖环", ["HZ-RSJ"] = "湖人社", ["HZ-FGW"] = "湖发改",
    };

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
            // Departments number the commitments they receive in their own series (湖市监承〔2025〕12号).
            var number = string.Create(CultureInfo.InvariantCulture, $"{Series.GetValueOrDefault(t.Department, "湖信")}承〔{signed:yyyy}〕{n}号");
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
                [WellKnownItems.Commitment.Status] = status,
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
        var online = await SignOnlineAsync(cancellationToken);
        return $"信用承诺：{delivered} 条历史承诺经归集写入（{breached} 条违诺，已生成违诺失信信息）；{online} 家建筑企业网上签署承诺书。";
    }

    // Construction companies (the demo organisation account is one of them) signed the construction-permit and wage commitments online this month.
    private async Task<int> SignOnlineAsync(CancellationToken cancellationToken)
    {
        var templates = await db.Templates.AsNoTracking().Where(t => t.Code == "CN-JSJ-SGXK" || t.Code == "CN-RSJ-GZ").OrderBy(t => t.Code).ToListAsync(cancellationToken);
        if (templates.Count == 0)
        {
            return 0;
        }

        var today = ShanghaiTime.Today(clock);
        var companies = new List<OrganisationProfile>();
        await foreach (var company in subjects.StreamOrganisationProfilesAsync(["E"], cancellationToken))
        {
            if (company.Active && company.Code.Length == 18 && company.Name.EndsWith("公司", StringComparison.Ordinal))
            {
                companies.Add(company);
            }

            if (companies.Count >= 40)
            {
                break;
            }
        }

        var signed = 0;
        foreach (var company in companies)
        {
            var template = templates[signed % templates.Count];
            var on = today.AddDays(-(signed % 25));
            var result = await service.CreateAsync(
                new CommitmentInput(company.Code, company.Name, template.Type, template.Matter, CommitmentService.Render(template.Content, company.Name, company.Code), on,
                    template.TermMonths > 0 ? on.AddMonths(template.TermMonths) : null, template.DepartmentCode),
                CommitmentSource.OnlineSigning, "org:demo:经办人", template.Id, cancellationToken);
            signed += result.Succeeded ? 1 : 0;
        }

        return signed;
    }
}
