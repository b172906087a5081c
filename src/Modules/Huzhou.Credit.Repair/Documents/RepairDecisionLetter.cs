using System.Globalization;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.SharedKernel.Pdf;
using Huzhou.Credit.SharedKernel.Time;
using PdfSharp.Drawing;

namespace Huzhou.Credit.Repair.Documents;

/// <summary>
/// The decision letter of a closed repair application (A4 PDF): 信用修复决定书 when the record was repaired, 不予信用修复决定书
/// when the department denied it, 不予受理通知书 when it refused to accept it; with the record, the steps and the remedy.
/// Stateless and thread-safe.
/// </summary>
internal sealed class RepairDecisionLetter(CjkFontResolver fonts)
{
    public const string Issuer = "湖州市信用中心";

    /// <summary>
    /// Basis of a repair decision whose record has no rule version the catalogue knows (a black-list entry's early
    /// removal); a record's decision cites the basis document of its own rule version.
    /// </summary>
    public const string Basis = "《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令2023年第58号）";

    /// <summary>Whether the application has a letter (it is closed with a decision).</summary>
    public static bool HasLetter(RepairApplication application) => application.Status is RepairStatus.Executed or RepairStatus.Denied or RepairStatus.Refused;

    public static string TitleOf(RepairApplication application) => application.Status switch
    {
        RepairStatus.Executed => "信用修复决定书",
        RepairStatus.Denied => "不予信用修复决定书",
        _ => "不予受理通知书",
    };

    /// <param name="application">The closed application.</param>
    /// <param name="steps">Its steps.</param>
    /// <param name="departmentName">The deciding department's name.</param>
    /// <param name="basis">The provision the decision cites: the record's rule version's basis document, or <see cref="Basis"/>.</param>
    public byte[] Render(RepairApplication application, IReadOnlyList<RepairStep> steps, string departmentName, string basis)
    {
        if (!HasLetter(application))
        {
            throw new InvalidOperationException($"Application {application.Number} is not closed with a decision.");
        }

        using var writer = new Writer(fonts, application, steps, departmentName, basis);
        return writer.Write();
    }

    private sealed class Writer(CjkFontResolver fonts, RepairApplication application, IReadOnlyList<RepairStep> steps, string departmentName, string basis) : PdfPageWriter(fonts)
    {
        private readonly string _title = TitleOf(application);

        public byte[] Write()
        {
            Pdf.Info.Title = $"{_title} {application.Number}";
            Pdf.Info.Subject = $"{application.SubjectName}（统一社会信用代码 {application.SubjectCode}）信用修复申请 {application.Number}";
            Pdf.Info.Creator = Issuer;
            Pdf.Info.Author = Issuer;

            NewPage();
            Y += 20;
            Centered(_title, TitleStyle, RedBrush);
            Centered($"湖信修〔{Year(application.ClosedAt ?? application.SubmittedAt)}〕{application.Number}", BodyStyle, MutedBrush);
            Gfx.DrawLine(new XPen(Red, 1.2), MarginX, Y + 4, PageWidth - MarginX, Y + 4);
            Y += 22;

            Paragraph($"{application.SubjectName}（统一社会信用代码：{application.SubjectCode}）：", BodyBoldStyle, InkBrush);
            Y += 4;
            var submitted = Day(application.SubmittedAt);
            foreach (var text in Body(submitted))
            {
                Paragraph(text, BodyStyle, InkBrush, firstLineIndent: 2 * BodySize);
                Y += 4;
            }

            Y += 6;
            Heading("修复申请信息");
            LabelRow("申请编号", application.Number);
            LabelRow(application.ListEntryId is null ? "信息类别" : "名单", application.ItemName);
            LabelRow("决定文书号", application.RecordReference);
            LabelRow("决定日期", application.RecordDecisionDate.ToString("yyyy年M月d日", CultureInfo.InvariantCulture));
            LabelRow("认定部门", departmentName);
            LabelRow("申请日期", submitted);
            LabelRow("办理结果", RepairNames.Status(application.Status));
            Y += 8;

            Heading("办理过程");
            foreach (var step in steps.Where(s => s.Kind != RepairStepKind.Reminded).OrderBy(s => s.At))
            {
                const double when = 120;
                Row(Label(ShanghaiTime.Format(step.At, "yyyy-MM-dd HH:mm"), when),
                    new Cell(RepairNames.Step(step.Kind) + (string.IsNullOrWhiteSpace(step.Note) ? "" : "：" + step.Note), ContentWidth - when, BodyStyle, InkBrush, null));
            }

            Y += 12;
            Paragraph(application.Status == RepairStatus.Executed
                ? "本决定书可通过湖州市公共信用信息平台核验。修复后如再次发生失信行为，将依法依规重新记录。"
                : "如对本决定有异议，可自收到本决定书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。", SmallStyle, MutedBrush);
            Need(70);
            Y += 28;
            Right(Issuer, SubtitleStyle);
            Right(Day(application.ClosedAt ?? application.SubmittedAt), BodyStyle);
            return Finish();
        }

        protected override void PageHeader()
        {
            const double top = 36;
            Draw(Gfx, "湖州市公共信用信息平台 · 信用修复", SmallStyle, MutedBrush, MarginX, top, 14);
            var number = "申请编号：" + application.Number;
            Draw(Gfx, number, SmallStyle, MutedBrush, PageWidth - MarginX - Width(number, SmallStyle), top, 14);
            Gfx.DrawLine(new XPen(Red, 0.8), MarginX, top + 18, PageWidth - MarginX, top + 18);
        }

        private IEnumerable<string> Body(string submitted)
        {
            var decision = steps.Where(s => s.Kind is RepairStepKind.Approved or RepairStepKind.Denied or RepairStepKind.Refused).OrderBy(s => s.At).LastOrDefault()?.Note;
            var onList = application.ListEntryId is not null;
            var record = onList
                ? $"列入“{application.ItemName}”的决定（{application.RecordReference}，{application.RecordDecisionDate:yyyy年M月d日}作出）"
                : $"{application.ItemName}（{application.RecordReference}，{application.RecordDecisionDate:yyyy年M月d日}作出）";
            switch (application.Status)
            {
                case RepairStatus.Executed:
                    yield return $"你单位于{submitted}提交的信用修复申请（申请编号 {application.Number}）收悉。经{departmentName}审核，你单位已纠正失信行为、履行法定义务，符合信用修复条件。";
                    yield return onList
                        ? $"依据{basis}，决定对你单位予以信用修复，将你单位从“{application.ItemName}”中提前移出（{record}）。自{Day(application.ClosedAt!.Value)}起停止公示，相关联合惩戒措施不再适用，并同步推送至省、国家公共信用信息平台。"
                        : $"依据{basis}，决定对你单位的{record}予以信用修复。自{Day(application.ClosedAt!.Value)}起，该信息在湖州市公共信用信息平台和“信用湖州”网站终止公示，不再作为联合惩戒的依据，并同步推送至省、国家公共信用信息平台。";
                    break;
                case RepairStatus.Denied:
                    yield return $"你单位于{submitted}提交的信用修复申请（申请编号 {application.Number}）收悉。经{departmentName}审核，你单位的申请不符合信用修复条件。";
                    yield return $"依据{basis}，决定对你单位的{record}不予信用修复。理由：{(string.IsNullOrWhiteSpace(decision) ? "不符合修复条件" : decision)}。";
                    break;
                default:
                    yield return $"你单位于{submitted}提交的信用修复申请（申请编号 {application.Number}）收悉。经{departmentName}审查，决定不予受理。";
                    yield return $"理由：{(string.IsNullOrWhiteSpace(decision) ? "申请材料不符合要求" : decision)}。你单位可在补正后就{record}重新提出申请。";
                    break;
            }
        }

        private void Right(string text, PdfTextStyle style)
        {
            var line = style.Size * 1.6;
            Draw(Gfx, text, style, InkBrush, PageWidth - MarginX - 20 - Width(text, style), Y, line);
            Y += line;
        }

        private static string Day(DateTimeOffset at) => ShanghaiTime.Format(at, "yyyy年M月d日");

        private static string Year(DateTimeOffset at) => ShanghaiTime.Format(at, "yyyy");
    }
}
