using System.Globalization;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.SharedKernel.Pdf;
using Huzhou.Credit.SharedKernel.Time;
using PdfSharp.Drawing;

namespace Huzhou.Credit.Dossier.Reports;

/// <summary>
/// Renders a <see cref="CreditReportDocument"/> as the A4 credit report (湖州市公共信用信息报告): cover with the
/// verification QR code, 主体概况, one numbered chapter per section, 声明; report number on every page and
/// 「第 x 页 共 y 页」 at the foot. Stateless and thread-safe: one instance can serve the whole application.
/// </summary>
internal sealed class CreditReportPdf
{
    public const string Title = "湖州市公共信用信息报告";
    public const string Edition = "（公开版）";
    public const string Issuer = "湖州市公共信用信息平台";

    private readonly CjkFontResolver _fonts;

    /// <param name="fontPath">Override of the CJK font (configuration <see cref="CjkFontResolver.FontPathSetting"/>); null for the default.</param>
    public CreditReportPdf(string? fontPath = null) => _fonts = CjkFontResolver.EnsureRegistered(fontPath);

    public byte[] Render(CreditReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new Writer(document, _fonts);
        return writer.Write();
    }

    /// <summary>The state of one rendering: the document being filled and where the next line goes.</summary>
    private sealed class Writer(CreditReportDocument document, CjkFontResolver fonts) : PdfPageWriter(fonts)
    {
        private readonly CreditReportDocument _document = document;
        private readonly PdfTextStyle _coverLabel = PdfTextStyle.Of(12);
        private readonly PdfTextStyle _coverValue = PdfTextStyle.Of(12, bold: true);

        public byte[] Write()
        {
            Pdf.Info.Title = $"{Title} — {_document.SubjectName}";
            Pdf.Info.Subject = $"{_document.SubjectName}（统一社会信用代码 {_document.Uscc}）公共信用信息报告，报告编号 {_document.Number}";
            Pdf.Info.Creator = Issuer;
            Pdf.Info.Author = Issuer;

            Cover();
            NewPage();
            Overview();
            for (var i = 0; i < _document.Sections.Count; i++)
                Section(i + 2, _document.Sections[i]);
            Declaration();
            return Finish();
        }

        protected override void PageHeader()
        {
            const double top = 36;
            Draw(Gfx, Title + Edition, SmallStyle, MutedBrush, MarginX, top, 14);
            var number = "报告编号：" + _document.Number;
            Draw(Gfx, number, SmallStyle, MutedBrush, PageWidth - MarginX - Width(number, SmallStyle), top, 14);
            Gfx.DrawLine(new XPen(Red, 0.8), MarginX, top + 18, PageWidth - MarginX, top + 18);
        }

        // ------------------------------------------------------------------ cover

        private void Cover()
        {
            NewPage();
            Y = 150;
            Centered(Title, TitleStyle, RedBrush);
            Y += 6;
            Centered(Edition, SubtitleStyle, InkBrush);
            Y += 18;
            Gfx.DrawLine(new XPen(Red, 2), MarginX, Y, PageWidth - MarginX, Y);
            Gfx.DrawLine(new XPen(Red, 0.6), MarginX, Y + 4, PageWidth - MarginX, Y + 4);
            Y += 44;

            var generatedAt = ShanghaiTime.ToShanghai(_document.GeneratedAt);
            var facts = new (string Label, string Value)[]
            {
                ("主体名称", _document.SubjectName),
                ("统一社会信用代码", _document.Uscc),
                ("报告编号", _document.Number),
                ("生成时间", generatedAt.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)),
                ("验证码", _document.VerificationCode),
            };
            const double labelX = MarginX + 36, valueX = MarginX + 160, valueWidth = PageWidth - MarginX - 20 - valueX, line = 22;
            foreach (var (label, value) in facts)
            {
                Draw(Gfx, label + "：", _coverLabel, MutedBrush, labelX, Y, line);
                foreach (var text in Wrap(value, _coverValue, valueWidth))
                {
                    Draw(Gfx, text, _coverValue, InkBrush, valueX, Y, line);
                    Y += line;
                }
                Y += 6;
            }

            Y += 26;
            const double qrSize = 112;
            using (var qr = QrCode(_document.VerifyUrl))
                Gfx.DrawImage(qr, (PageWidth - qrSize) / 2, Y, qrSize, qrSize);
            Y += qrSize + 6;
            foreach (var text in Wrap($"扫描二维码或访问 {_document.VerifyUrl} 核验本报告真伪", SmallStyle, ContentWidth - 60))
                Centered(text, SmallStyle, MutedBrush);

            Y = ContentBottom - 64;
            Centered(Issuer, SubtitleStyle, InkBrush);
            Centered(generatedAt.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), _coverLabel, MutedBrush);
        }

        private static XImage QrCode(string url)
        {
            var png = QrCodePng.Render(url);
            var image = XImage.FromStream(new MemoryStream(png, writable: false));
            image.Interpolate = false;
            return image;
        }

        // ------------------------------------------------------------------ body

        private void Overview()
        {
            Heading($"{Numeral(1)}、主体概况");
            if (_document.Overview.Count == 0)
            {
                Paragraph("无公开信息。", BodyStyle, InkBrush);
                return;
            }

            foreach (var (label, value) in _document.Overview)
                LabelRow(label, value);
            Y += 12;
        }

        private void Section(int number, CreditReportSection section)
        {
            // Keep the heading with its count line and the start of the first entry.
            Need(HeadingHeight + BodyLine + (section.Entries.Count > 0 ? 3 * (BodyLine + 2 * CellPadY) : BodyLine));
            Heading($"{Numeral(number)}、{section.Name}");
            var count = $"共 {section.TotalCount} 条";
            if (section.TotalCount > section.Entries.Count)
                count += $"，本报告列出最近 {section.Entries.Count} 条";
            Paragraph(count, SmallStyle, MutedBrush);
            Y += 3;

            if (section.Entries.Count == 0)
            {
                Paragraph("无公开信息。", BodyStyle, InkBrush);
                Y += 12;
                return;
            }

            for (var i = 0; i < section.Entries.Count; i++)
                Entry(i + 1, section.Entries[i]);
            Y += 6;
        }

        private void Entry(int index, DossierEntry entry)
        {
            // The title row never ends a page alone: it comes with the reference and dates.
            Need(3 * (BodyLine + 2 * CellPadY));
            Row(new Cell($"{index}. {entry.ItemName}", ContentWidth, BodyBoldStyle, InkBrush, HeadFillBrush));
            LabelRow("文书号/编号", entry.Reference);
            const double date = 90, stateLabel = 52, state = 95, endLabel = 64;
            Row(
                Label("决定日期", LabelColumn),
                new Cell(entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date, BodyStyle, InkBrush, null),
                Label("状态", stateLabel),
                new Cell(entry.Status, state, BodyStyle, InkBrush, null),
                Label("公示截止", endLabel),
                new Cell(entry.PublicityEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "长期",
                    ContentWidth - LabelColumn - date - stateLabel - state - endLabel, BodyStyle, InkBrush, null));
            foreach (var (label, text) in entry.Fields)
                LabelRow(label, text);
            Y += 9;
        }

        private void Declaration()
        {
            Need(HeadingHeight + 3 * BodyLine);
            Y += 6;
            Heading("声明");
            foreach (var paragraph in SplitParagraphs(_document.Disclaimer))
            {
                Paragraph(paragraph, BodyStyle, InkBrush, firstLineIndent: 2 * BodySize);
                Y += 3;
            }
        }

        /// <summary>一, 二 … 九十九, for chapter numbers.</summary>
        private static string Numeral(int n)
        {
            const string digits = "零一二三四五六七八九";
            if (n < 10)
                return digits[n].ToString();
            var tens = n / 10;
            var ones = n % 10;
            return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
        }
    }
}
