using System.Globalization;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Razor;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Features;

/// <summary>
/// The organisation home's repair cards: the organisation's bad records in publicity, each with the day it can be
/// repaired (可申请修复日期: a date, or 已可申请 with the link to apply) and the day it leaves publicity (公示截止); and its
/// latest notices (repair applications' progress, objections decided).
/// </summary>
internal sealed class RepairHomeSections(RepairService service, RepairDbContext db) : IOrganisationHomeProvider
{
    private const int MaxPenalties = 8;
    private const int MaxNotices = 6;

    public async Task<IReadOnlyList<OrganisationHomeSection>> SectionsAsync(long subjectId, CancellationToken cancellationToken = default)
    {
        var active = (await service.RecordsAsync(subjectId, cancellationToken)).Where(r => r.Record.Status == CreditRecordStatus.Active)
            .OrderByDescending(r => r.Result.Eligible)
            .ThenBy(r => r.Result.EarliestDate ?? DateOnly.MaxValue)
            .ThenByDescending(r => r.Record.DecisionDate)
            .ToList();
        var penalties = new OrganisationHomeSection(
            "home-penalties", 20, "公示中的失信信息", "exclamation-triangle",
            [.. active.Take(MaxPenalties).Select(Penalty)], "本单位没有公示中的失信信息。",
            new(active.Count > MaxPenalties ? $"全部 {active.Count} 条" : "信用修复", "Repair", "OrganisationRepair", "Index"));
        return [penalties, await NoticesAsync(subjectId, cancellationToken)];
    }

    private static OrganisationHomeLine Penalty(RecordEligibility r)
    {
        var record = r.Record;
        string? detail = null;
        OrganisationHomeFact repairable;
        if (r.Open is { } open)
        {
            repairable = new("可申请修复日期", $"修复申请办理中（{open.Number}）", Link("查看申请", "Application", "id", open.Id));
        }
        else if (r.Result.Eligible)
        {
            repairable = new("可申请修复日期", "已可申请", Link("申请修复", "Apply", "recordId", record.RecordId));
        }
        else if (r.Result.EarliestDate is { } earliest)
        {
            repairable = new("可申请修复日期", Day(earliest));
        }
        else
        {
            repairable = new("可申请修复日期", "不适用提前修复");
            detail = r.Result.Reason;
        }

        return new OrganisationHomeLine(
            $"{record.ItemName} {record.Reference}", detail, RepairNames.PenaltyClass(record.PenaltyClass), BadgeTone.Light,
            [new("决定日期", Day(record.DecisionDate)), repairable, new("公示截止", record.PublicityEnd is { } end ? Day(end) : "长期")]);
    }

    private async Task<OrganisationHomeSection> NoticesAsync(long subjectId, CancellationToken cancellationToken)
    {
        var notices = await db.Notices.AsNoTracking().Where(n => n.SubjectId == subjectId).OrderByDescending(n => n.At).ThenByDescending(n => n.Id).Take(MaxNotices).ToListAsync(cancellationToken);
        var decided = await db.Objections.AsNoTracking().Where(o => o.SubjectId == subjectId && o.DecidedAt != null).OrderByDescending(o => o.DecidedAt).Take(MaxNotices)
            .Select(o => new { o.Number, o.ItemName, o.RecordReference, o.Status, o.Decision, DecidedAt = o.DecidedAt!.Value })
            .ToListAsync(cancellationToken);
        var lines = notices.Select(n => (At: n.At, Line: new OrganisationHomeLine(
                n.Text, null, n.Read ? null : "未读", BadgeTone.Attention, [new("通知时间", ShanghaiTime.Format(n.At))], Link("查看申请", "Application", "id", n.ApplicationId))))
            .Concat(decided.Select(o => (At: o.DecidedAt, Line: new OrganisationHomeLine(
                $"异议申诉 {o.Number}（{o.ItemName} {o.RecordReference}）：{ObjectionNames.Status(o.Status)}", o.Decision, "异议", BadgeTone.Kind,
                [new("办结时间", ShanghaiTime.Format(o.DecidedAt))], new("信用修复", "Repair", "OrganisationRepair", "Index")))))
            .OrderByDescending(x => x.At)
            .Take(MaxNotices)
            .Select(x => x.Line)
            .ToList();
        return new OrganisationHomeSection("home-notices", 40, "办理通知", "bell", lines, "暂无信用修复、异议申诉的办理通知。", new("信用修复", "Repair", "OrganisationRepair", "Index"));
    }

    private static OrganisationHomeLink Link(string text, string action, string key, long id) =>
        new(text, "Repair", "OrganisationRepair", action, new Dictionary<string, string> { [key] = id.ToString(CultureInfo.InvariantCulture) });

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
