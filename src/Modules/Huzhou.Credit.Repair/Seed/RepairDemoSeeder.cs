using System.Security.Cryptography;
using System.Text;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Features;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Seed;

/// <summary>
/// Demo repair applications in every state (two waiting for acceptance, one of them late; one under review; one
/// approved and waiting for the credit centre; one repaired; one refused), on real eligible penalties of the demo city,
/// so the queue, the countdown, the statistics and the export have content. Idempotent: only when there are none.
/// </summary>
internal sealed class RepairDemoSeeder(RepairDbContext db, ISubjectDirectory subjects, ICreditRecordRepairs records, RepairService service, TimeProvider clock) : IDemoSeeder
{
    public int Order => 47;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var objections = await SeedObjectionsAsync(cancellationToken);
        if (await db.Applications.AnyAsync(cancellationToken))
        {
            return objections;
        }

        var organisations = await subjects.ListOrganisationsAsync(null, 400, cancellationToken);
        var resolved = await subjects.FindByCodesAsync([.. organisations.Select(o => o.Uscc)], cancellationToken);
        var picks = new List<(ResolvedSubject Subject, RepairableRecord Record)>();
        foreach (var subject in resolved.Values.OrderBy(s => s.SubjectId))
        {
            var eligible = (await service.RecordsAsync(subject.SubjectId, cancellationToken)).FirstOrDefault(r => r.Result.Eligible && r.Record.ProviderDepartment == "HZ-SJJ");
            if (eligible is not null)
            {
                picks.Add((subject, eligible.Record));
            }

            if (picks.Count == 6)
            {
                break;
            }
        }

        if (picks.Count < 6)
        {
            return null;
        }

        var calendar = await service.CalendarAsync(cancellationToken);
        var today = ShanghaiTime.Today(clock);
        var plan = new (RepairStatus Status, int DaysAgo, string? Note)[]
        {
            (RepairStatus.Submitted, 1, null),
            (RepairStatus.Submitted, 9, null),
            (RepairStatus.Accepted, 6, null),
            (RepairStatus.Approved, 12, "罚款已缴清，违法广告已撤下，同意修复。"),
            (RepairStatus.Executed, 30, "已履行行政处罚决定，同意修复。"),
            (RepairStatus.Refused, 15, "提交的缴款凭证与处罚决定书金额不一致，请补正后重新申请。"),
        };
        var handlers = new[] { "沈建国", "陆晓燕", "钱志明", "姚丽娟", "费国强", "闵海燕" };
        for (var i = 0; i < plan.Length; i++)
        {
            var (subject, record) = picks[i];
            var (status, daysAgo, note) = plan[i];
            var submittedDay = today.AddDays(-daysAgo);
            var submitted = new DateTimeOffset(submittedDay.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)).ToUniversalTime();
            var acceptedDay = calendar.AddWorkingDays(submittedDay, 2);
            var application = new RepairApplication
            {
                Number = $"XF{submittedDay:yyyyMMdd}{90001 + i:D5}", SubjectId = subject.SubjectId, SubjectName = subject.Name, SubjectCode = subject.DisplayCode,
                HandlerName = handlers[i], RecordId = record.RecordId, ItemCode = record.ItemCode, ItemName = record.ItemName, RecordReference = record.Reference,
                RecordDecisionDate = record.DecisionDate, PenaltyClass = (short?)record.PenaltyClass, RuleVersion = record.RuleVersion, DepartmentCode = record.ProviderDepartment,
                Statement = "已按处罚决定书缴清罚款，相关违法行为已整改到位，并签署信用承诺书，申请对该行政处罚信息进行信用修复。",
                Status = status, SubmittedAt = submitted, AcceptDue = calendar.AddWorkingDays(submittedDay, 3),
                DecideDue = status is RepairStatus.Submitted or RepairStatus.Refused ? null : calendar.AddWorkingDays(acceptedDay, 7),
                ClosedAt = status is RepairStatus.Executed or RepairStatus.Refused ? submitted.AddDays(Math.Min(daysAgo - 1, 12)) : null,
            };
            db.Applications.Add(application);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var kind in RepairNames.Required)
            {
                var pdf = DemoPdf($"{kind} {application.Number}");
                db.Materials.Add(new RepairMaterial
                {
                    ApplicationId = application.Id, Kind = kind, FileName = $"{RepairNames.Material(kind)}.pdf", ContentType = "application/pdf", Size = pdf.Length,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)), Content = pdf, UploadedAt = submitted,
                });
            }

            var steps = new List<(RepairStepKind Kind, DateTimeOffset At, string Actor, string? Note)> { (RepairStepKind.Submitted, submitted, $"企业经办人 {handlers[i]}", "演示数据") };
            var acceptedAt = new DateTimeOffset(acceptedDay.ToDateTime(new TimeOnly(10, 15)), TimeSpan.FromHours(8)).ToUniversalTime();
            if (status == RepairStatus.Refused)
            {
                steps.Add((RepairStepKind.Refused, acceptedAt, "scjg.reviewer", note));
            }

            if (status is RepairStatus.Accepted or RepairStatus.Approved or RepairStatus.Executed)
            {
                steps.Add((RepairStepKind.Accepted, acceptedAt, "scjg.reviewer", null));
            }

            if (status is RepairStatus.Approved or RepairStatus.Executed)
            {
                steps.Add((RepairStepKind.Approved, acceptedAt.AddDays(4), "scjg.reviewer", note));
            }

            if (status == RepairStatus.Executed && (await records.MarkRepairedAsync(subject.SubjectId, record.RecordId, "xinyongban", $"信用修复 {application.Number}", cancellationToken)).Succeeded)
            {
                steps.Add((RepairStepKind.Executed, application.ClosedAt!.Value, "xinyongban", "信用记录已标记为已修复。"));
            }

            db.Steps.AddRange(steps.Select(s => new RepairStep { ApplicationId = application.Id, Kind = s.Kind, At = s.At, Actor = s.Actor, Note = s.Note }));
            db.Notices.Add(new RepairNotice { ApplicationId = application.Id, SubjectId = subject.SubjectId, At = steps[^1].At, Text = $"修复申请 {application.Number}：{RepairNames.Status(status)}。" });
            await db.SaveChangesAsync(cancellationToken);
        }

        return "信用修复：6 份演示申请（待受理 2 份、审核中、待执行、已修复、不予受理各 1 份）。" + (objections is null ? "" : " " + objections);
    }

    /// <summary>Two objections: one under review (its record shows 异议处理中 to staff), one upheld.</summary>
    private async Task<string?> SeedObjectionsAsync(CancellationToken cancellationToken)
    {
        if (await db.Objections.AnyAsync(cancellationToken))
        {
            return null;
        }

        var organisations = await subjects.ListOrganisationsAsync("330502", 200, cancellationToken);
        var resolved = await subjects.FindByCodesAsync([.. organisations.Select(o => o.Uscc)], cancellationToken);
        var found = new List<(ResolvedSubject Subject, RepairableRecord Record)>();
        foreach (var subject in resolved.Values.OrderByDescending(s => s.SubjectId))
        {
            var record = (await records.BadRecordsAsync(subject.SubjectId, cancellationToken)).FirstOrDefault(r => r.Status == CreditRecordStatus.Active && r.ProviderDepartment == "HZ-SJJ");
            if (record is not null)
            {
                found.Add((subject, record));
            }

            if (found.Count == 2)
            {
                break;
            }
        }

        if (found.Count < 2)
        {
            return null;
        }

        var calendar = await service.CalendarAsync(cancellationToken);
        var today = ShanghaiTime.Today(clock);
        var claims = new[]
        {
            ("处罚决定书载明的当事人地址为织里镇某号，本单位从未在该地址经营，疑为同名企业，请核实主体。", ObjectionStatus.UnderReview, (string?)null, 2),
            ("罚款金额应为三万元，公示为五万元，请核对处罚决定书原件。", ObjectionStatus.Upheld, "经核对处罚决定书原件，罚款金额为五万元，公示信息无误，维持原记录。", 20),
        };
        for (var i = 0; i < 2; i++)
        {
            var (subject, record) = found[i];
            var (claim, status, decision, daysAgo) = claims[i];
            var submittedDay = today.AddDays(-daysAgo);
            var submitted = new DateTimeOffset(submittedDay.ToDateTime(new TimeOnly(14, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
            db.Objections.Add(new Objection
            {
                Number = $"YY{submittedDay:yyyyMMdd}{90001 + i:D5}", SubjectId = subject.SubjectId, SubjectName = subject.Name, SubjectCode = subject.DisplayCode,
                HandlerName = i == 0 ? "潘海涛" : "俞佳琪", RecordId = record.RecordId, ItemName = record.ItemName, RecordReference = record.Reference,
                DepartmentCode = record.ProviderDepartment, Claim = claim, Status = status, SubmittedAt = submitted,
                Due = calendar.AddWorkingDays(submittedDay, 10), Decision = decision,
                DecidedAt = status == ObjectionStatus.UnderReview ? null : submitted.AddDays(5), DecidedBy = status == ObjectionStatus.UnderReview ? null : "scjg.reviewer",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return "异议申诉：2 件演示异议（处理中、维持原记录各 1 件）。";
    }

    /// <summary>A one-page PDF with one line of ASCII text (the demo's scanned materials).</summary>
    internal static byte[] DemoPdf(string title)
    {
        var text = new string([.. title.Where(c => c < 128)]).Trim(' ', '-');
        var content = $"BT /F1 18 Tf 72 720 Td (Huzhou.Credit demo material {text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
