using System.Globalization;
using System.Text;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.SharedKernel.Time;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

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

    /// <summary>A size and weight of text: the CJK font draws what it has, the Latin font the rest.</summary>
    private sealed record Style(XFont Cjk, XFont Latin)
    {
        public double Size => Cjk.Size;
    }

    /// <summary>The state of one rendering: the document being filled and where the next line goes.</summary>
    private sealed class Writer : IDisposable
    {
        private const double PageWidth = 595.28;   // A4 in points
        private const double PageHeight = 841.89;
        private const double MarginX = 56;
        private const double ContentTop = 74;
        private const double ContentBottom = PageHeight - 62;
        private const double ContentWidth = PageWidth - 2 * MarginX;
        private const double LabelColumn = 100;
        private const double CellPadX = 6;
        private const double CellPadY = 3;
        private const double BodySize = 10.5;
        private const double BodyLine = BodySize * 1.5;
        private const double HeadingHeight = 32;
        private const int KeepTogetherLines = 4;

        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        private static readonly XColor Red = XColor.FromArgb(0xB4, 0x1E, 0x23);
        private static readonly XColor Ink = XColor.FromArgb(0x1F, 0x1F, 0x1F);
        private static readonly XColor Muted = XColor.FromArgb(0x5A, 0x5A, 0x5A);
        private static readonly XColor Rule = XColor.FromArgb(0xA6, 0xA6, 0xA6);
        private static readonly XColor LabelFill = XColor.FromArgb(0xF4, 0xF4, 0xF4);
        private static readonly XColor HeadFill = XColor.FromArgb(0xE3, 0xEA, 0xF2);

        private readonly CreditReportDocument _document;
        private readonly CjkFontResolver _fonts;
        private readonly PdfDocument _pdf = new();
        private readonly XGraphics _measure;
        private readonly Style _title = Font(26, bold: true);
        private readonly Style _subtitle = Font(16);
        private readonly Style _heading = Font(14, bold: true);
        private readonly Style _body = Font(BodySize);
        private readonly Style _bodyBold = Font(BodySize, bold: true);
        private readonly Style _small = Font(9);
        private readonly Style _coverLabel = Font(12);
        private readonly Style _coverValue = Font(12, bold: true);
        private readonly XBrush _inkBrush = new XSolidBrush(Ink);
        private readonly XBrush _mutedBrush = new XSolidBrush(Muted);
        private readonly XBrush _redBrush = new XSolidBrush(Red);
        private readonly XBrush _labelFill = new XSolidBrush(LabelFill);
        private readonly XBrush _headFill = new XSolidBrush(HeadFill);
        private readonly XPen _rulePen = new(Rule, 0.5);
        private readonly Dictionary<(XFont Font, int Rune), double> _widths = [];
        private XGraphics? _gfx;
        private double _y;

        public Writer(CreditReportDocument document, CjkFontResolver fonts)
        {
            _document = document;
            _fonts = fonts;
            _measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards, _pdf.RenderEvents);
        }

        private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page is open.");

        public void Dispose()
        {
            _gfx?.Dispose();
            _measure.Dispose();
            _pdf.Dispose();
        }

        public byte[] Write()
        {
            _pdf.Info.Title = $"{Title} — {_document.SubjectName}";
            _pdf.Info.Subject = $"{_document.SubjectName}（统一社会信用代码 {_document.Uscc}）公共信用信息报告，报告编号 {_document.Number}";
            _pdf.Info.Creator = Issuer;
            _pdf.Info.Author = Issuer;

            Cover();
            NewPage();
            Overview();
            for (var i = 0; i < _document.Sections.Count; i++)
                Section(i + 2, _document.Sections[i]);
            Declaration();
            _gfx?.Dispose();
            _gfx = null;
            Footers();

            using var stream = new MemoryStream();
            _pdf.Save(stream, closeStream: false);
            return stream.ToArray();
        }

        private static Style Font(double size, bool bold = false)
        {
            var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
            return new Style(new XFont(CjkFontResolver.FamilyName, size, style, Unicode), new XFont(CjkFontResolver.LatinFamilyName, size, style, Unicode));
        }

        // ------------------------------------------------------------------ pages

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = _pdf.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            _gfx = XGraphics.FromPdfPage(page);
            PageHeader();
            _y = ContentTop;
        }

        private void PageHeader()
        {
            const double top = 36;
            Draw(Gfx, Title + Edition, _small, _mutedBrush, MarginX, top, 14);
            var number = "报告编号：" + _document.Number;
            Draw(Gfx, number, _small, _mutedBrush, PageWidth - MarginX - Width(number, _small), top, 14);
            Gfx.DrawLine(new XPen(Red, 0.8), MarginX, top + 18, PageWidth - MarginX, top + 18);
        }

        /// <summary>The page count is known only now, so every page gets its footer in a second pass.</summary>
        private void Footers()
        {
            var total = _pdf.PageCount;
            for (var i = 0; i < total; i++)
            {
                using var gfx = XGraphics.FromPdfPage(_pdf.Pages[i], XGraphicsPdfPageOptions.Append);
                var text = $"第 {i + 1} 页 共 {total} 页";
                Draw(gfx, text, _small, _mutedBrush, (PageWidth - Width(text, _small)) / 2, PageHeight - 46, 14);
            }
        }

        /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
        private void Need(double height)
        {
            if (_y + height > ContentBottom)
                NewPage();
        }

        // ------------------------------------------------------------------ cover

        private void Cover()
        {
            NewPage();
            _y = 150;
            Centered(Title, _title, _redBrush);
            _y += 6;
            Centered(Edition, _subtitle, _inkBrush);
            _y += 18;
            Gfx.DrawLine(new XPen(Red, 2), MarginX, _y, PageWidth - MarginX, _y);
            Gfx.DrawLine(new XPen(Red, 0.6), MarginX, _y + 4, PageWidth - MarginX, _y + 4);
            _y += 44;

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
                Draw(Gfx, label + "：", _coverLabel, _mutedBrush, labelX, _y, line);
                foreach (var text in Wrap(value, _coverValue, valueWidth))
                {
                    Draw(Gfx, text, _coverValue, _inkBrush, valueX, _y, line);
                    _y += line;
                }
                _y += 6;
            }

            _y += 26;
            const double qrSize = 112;
            using (var qr = QrCode(_document.VerifyUrl))
                Gfx.DrawImage(qr, (PageWidth - qrSize) / 2, _y, qrSize, qrSize);
            _y += qrSize + 6;
            foreach (var text in Wrap($"扫描二维码或访问 {_document.VerifyUrl} 核验本报告真伪", _small, ContentWidth - 60))
                Centered(text, _small, _mutedBrush);

            _y = ContentBottom - 64;
            Centered(Issuer, _subtitle, _inkBrush);
            Centered(generatedAt.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), _coverLabel, _mutedBrush);
        }

        private static XImage QrCode(string url)
        {
            var png = QrCodePng.Render(url);
            var image = XImage.FromStream(new MemoryStream(png, writable: false));
            image.Interpolate = false;
            return image;
        }

        /// <summary>Draws one line centred on the page at the current position and moves below it.</summary>
        private void Centered(string text, Style style, XBrush brush)
        {
            var line = style.Size * 1.6;
            Draw(Gfx, text, style, brush, (PageWidth - Width(text, style)) / 2, _y, line);
            _y += line;
        }

        // ------------------------------------------------------------------ body

        private void Overview()
        {
            Heading($"{Numeral(1)}、主体概况");
            if (_document.Overview.Count == 0)
            {
                Paragraph("无公开信息。", _body, _inkBrush);
                return;
            }

            foreach (var (label, value) in _document.Overview)
                LabelRow(label, value);
            _y += 12;
        }

        private void Section(int number, CreditReportSection section)
        {
            // Keep the heading with its count line and the start of the first entry.
            Need(HeadingHeight + BodyLine + (section.Entries.Count > 0 ? 3 * (BodyLine + 2 * CellPadY) : BodyLine));
            Heading($"{Numeral(number)}、{section.Name}");
            var count = $"共 {section.TotalCount} 条";
            if (section.TotalCount > section.Entries.Count)
                count += $"，本报告列出最近 {section.Entries.Count} 条";
            Paragraph(count, _small, _mutedBrush);
            _y += 3;

            if (section.Entries.Count == 0)
            {
                Paragraph("无公开信息。", _body, _inkBrush);
                _y += 12;
                return;
            }

            for (var i = 0; i < section.Entries.Count; i++)
                Entry(i + 1, section.Entries[i]);
            _y += 6;
        }

        private void Entry(int index, DossierEntry entry)
        {
            // The title row never ends a page alone: it comes with the reference and dates.
            Need(3 * (BodyLine + 2 * CellPadY));
            Row(new Cell($"{index}. {entry.ItemName}", ContentWidth, _bodyBold, _inkBrush, _headFill));
            LabelRow("文书号/编号", entry.Reference);
            const double date = 90, stateLabel = 52, state = 95, endLabel = 64;
            Row(
                Label("决定日期", LabelColumn),
                new Cell(entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date, _body, _inkBrush, null),
                Label("状态", stateLabel),
                new Cell(entry.Status, state, _body, _inkBrush, null),
                Label("公示截止", endLabel),
                new Cell(entry.PublicityEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "长期",
                    ContentWidth - LabelColumn - date - stateLabel - state - endLabel, _body, _inkBrush, null));
            foreach (var (label, text) in entry.Fields)
                LabelRow(label, text);
            _y += 9;
        }

        private void Declaration()
        {
            Need(HeadingHeight + 3 * BodyLine);
            _y += 6;
            Heading("声明");
            foreach (var paragraph in SplitParagraphs(_document.Disclaimer))
            {
                Paragraph(paragraph, _body, _inkBrush, firstLineIndent: 2 * BodySize);
                _y += 3;
            }
        }

        private void Heading(string text)
        {
            Need(HeadingHeight);
            Draw(Gfx, text, _heading, _inkBrush, MarginX, _y + 2, 24);
            _y += HeadingHeight;
        }

        /// <summary>Flowing text over the full width, continued on the next page when this one is full.</summary>
        private void Paragraph(string text, Style style, XBrush brush, double firstLineIndent = 0)
        {
            var line = style.Size * 1.6;
            var lines = Wrap(text, style, ContentWidth, firstLineIndent);
            for (var i = 0; i < lines.Count; i++)
            {
                Need(line);
                Draw(Gfx, lines[i], style, brush, MarginX + (i == 0 ? firstLineIndent : 0), _y, line);
                _y += line;
            }
        }

        // ------------------------------------------------------------------ tables

        /// <summary>One cell of a table row; its text is wrapped to the width.</summary>
        private sealed record Cell(string Text, double Width, Style Style, XBrush Brush, XBrush? Fill);

        private Cell Label(string text, double width) => new(text, width, _body, _mutedBrush, _labelFill);

        private void LabelRow(string label, string value) =>
            Row(Label(label, LabelColumn), new Cell(string.IsNullOrWhiteSpace(value) ? "—" : value, ContentWidth - LabelColumn, _body, _inkBrush, null));

        /// <summary>
        /// One bordered table row. A short row moves whole to the next page; a long one is split between pages line
        /// by line, so a value of any length stays on the paper.
        /// </summary>
        private void Row(params Cell[] cells)
        {
            var lines = cells.Select(c => Wrap(c.Text, c.Style, c.Width - 2 * CellPadX)).ToArray();
            var total = lines.Max(l => l.Count);
            var start = 0;
            while (start < total)
            {
                var fit = (int)Math.Floor((ContentBottom - _y - 2 * CellPadY) / BodyLine);
                var rest = total - start;
                if (fit < 1 || (fit < rest && rest <= KeepTogetherLines))
                {
                    NewPage();
                    continue;
                }

                var count = Math.Min(fit, rest);
                var height = count * BodyLine + 2 * CellPadY;
                var x = MarginX;
                for (var c = 0; c < cells.Length; c++)
                {
                    var box = new XRect(x, _y, cells[c].Width, height);
                    if (cells[c].Fill is { } fill)
                        Gfx.DrawRectangle(fill, box);
                    for (var i = start; i < Math.Min(start + count, lines[c].Count); i++)
                        Draw(Gfx, lines[c][i], cells[c].Style, cells[c].Brush, x + CellPadX, _y + CellPadY + (i - start) * BodyLine, BodyLine);
                    Gfx.DrawRectangle(_rulePen, box);
                    x += cells[c].Width;
                }
                _y += height;
                start += count;
                if (start < total)
                    NewPage();
            }
        }

        // ------------------------------------------------------------------ text

        /// <summary>
        /// Draws one line of text vertically centred in a line box starting at <paramref name="top"/>, switching to
        /// the Latin font for the characters the CJK font lacks. Both share one baseline.
        /// </summary>
        private void Draw(XGraphics gfx, string text, Style style, XBrush brush, double x, double top, double lineHeight)
        {
            var baseline = top + lineHeight / 2 + style.Size * 0.36;
            var run = new StringBuilder();
            var latin = false;
            foreach (var rune in text.EnumerateRunes())
            {
                var isLatin = _fonts.UsesLatinFont(rune);
                if (isLatin != latin && run.Length > 0)
                {
                    x = DrawRun(gfx, run, latin ? style.Latin : style.Cjk, brush, x, baseline);
                }
                latin = isLatin;
                run.Append(rune.ToString());
            }
            if (run.Length > 0)
                DrawRun(gfx, run, latin ? style.Latin : style.Cjk, brush, x, baseline);
        }

        private double DrawRun(XGraphics gfx, StringBuilder run, XFont font, XBrush brush, double x, double baseline)
        {
            var text = run.ToString();
            run.Clear();
            gfx.DrawString(text, font, brush, x, baseline);
            foreach (var rune in text.EnumerateRunes())
                x += Width(rune, font);
            return x;
        }

        private double Width(string text, Style style)
        {
            var width = 0.0;
            foreach (var rune in text.EnumerateRunes())
                width += Width(rune, style);
            return width;
        }

        private double Width(Rune rune, Style style) => Width(rune, _fonts.UsesLatinFont(rune) ? style.Latin : style.Cjk);

        /// <summary>PDFsharp does no kerning, so a line is as wide as the sum of its characters; measure each once.</summary>
        private double Width(Rune rune, XFont font)
        {
            if (!_widths.TryGetValue((font, rune.Value), out var width))
            {
                width = _measure.MeasureString(rune.ToString(), font).Width;
                _widths[(font, rune.Value)] = width;
            }
            return width;
        }

        /// <summary>
        /// Breaks text into lines no wider than <paramref name="width"/>, character by character as Chinese is set.
        /// A run of Latin letters or digits moves whole to the next line when it fits there, and closing punctuation
        /// (，。、） …) does not begin a line. Line breaks in the text are kept.
        /// </summary>
        private List<string> Wrap(string text, Style style, double width, double firstLineIndent = 0)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                var line = new List<Rune>();
                var lineWidth = 0.0;
                var available = lines.Count == 0 ? width - firstLineIndent : width;
                foreach (var rune in paragraph.EnumerateRunes())
                {
                    var w = Width(rune, style);
                    if (lineWidth + w > available && line.Count > 0)
                    {
                        var carry = Carry(line, rune);
                        if (carry > 0 && line.Skip(line.Count - carry).Sum(r => Width(r, style)) + w > width)
                            carry = 0;
                        lines.Add(Text(line.Take(line.Count - carry)).TrimEnd());
                        line = line.Skip(line.Count - carry).SkipWhile(Rune.IsWhiteSpace).ToList();
                        lineWidth = line.Sum(r => Width(r, style));
                        available = width;
                        if (Rune.IsWhiteSpace(rune) && line.Count == 0)
                            continue;
                    }
                    line.Add(rune);
                    lineWidth += w;
                }
                lines.Add(Text(line).TrimEnd());
            }
            return lines;
        }

        /// <summary>How many characters at the end of a full line move to the next one together with <paramref name="next"/>.</summary>
        private static int Carry(List<Rune> line, Rune next)
        {
            var carry = 0;
            if (IsWordChar(next))
            {
                // Move the Latin word or number whole when it starts within this line after something else.
                var start = line.Count;
                while (start > 0 && IsWordChar(line[start - 1]))
                    start--;
                if (start > 0 && line.Count - start <= 24)
                    carry = line.Count - start;
            }
            else if (IsClosingPunctuation(next) && line.Count > 1 && !IsClosingPunctuation(line[^1]))
            {
                carry = 1;
            }

            // An opening bracket or quote does not end a line either.
            if (line.Count > carry + 1 && IsOpeningPunctuation(line[line.Count - carry - 1]))
                carry++;
            return carry;
        }

        private static bool IsWordChar(Rune rune) => rune.IsAscii && (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' or '.' or '/');

        private static bool IsClosingPunctuation(Rune rune) => rune.Value is
            '，' or '。' or '、' or '；' or '：' or '！' or '？' or '）' or '》' or '」' or '』' or '〕' or '】' or '”' or '’' or '…'
            or ',' or '.' or ';' or ':' or '!' or '?' or ')';

        private static bool IsOpeningPunctuation(Rune rune) => rune.Value is
            '《' or '（' or '「' or '『' or '〔' or '【' or '“' or '‘' or '(';

        private static string Text(IEnumerable<Rune> runes)
        {
            var builder = new StringBuilder();
            foreach (var rune in runes)
                builder.Append(rune.ToString());
            return builder.ToString();
        }

        private static string[] SplitParagraphs(string text) =>
            text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

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
