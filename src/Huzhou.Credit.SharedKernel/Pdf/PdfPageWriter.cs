using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Huzhou.Credit.SharedKernel.Pdf;

/// <summary>
/// The A4 page layout of the platform's documents (credit reports, repair decision letters): pages with a header the
/// subclass draws and 「第 x 页 共 y 页」 at the foot, headings, flowing Chinese paragraphs (line breaking as Chinese is
/// set, Latin words kept whole), bordered label/value rows split across pages, and the CJK/Latin font switch per
/// character. One instance renders one document.
/// </summary>
public abstract class PdfPageWriter : IDisposable
{
    protected const double PageWidth = 595.28;   // A4 in points
    protected const double PageHeight = 841.89;
    protected const double MarginX = 56;
    protected const double ContentTop = 74;
    protected const double ContentBottom = PageHeight - 62;
    protected const double ContentWidth = PageWidth - 2 * MarginX;
    protected const double LabelColumn = 100;
    protected const double CellPadX = 6;
    protected const double CellPadY = 3;
    protected const double BodySize = 10.5;
    protected const double BodyLine = BodySize * 1.5;
    protected const double HeadingHeight = 32;
    private const int KeepTogetherLines = 4;

    protected static readonly XColor Red = XColor.FromArgb(0xB4, 0x1E, 0x23);
    private static readonly XColor Ink = XColor.FromArgb(0x1F, 0x1F, 0x1F);
    private static readonly XColor Muted = XColor.FromArgb(0x5A, 0x5A, 0x5A);
    private static readonly XColor Rule = XColor.FromArgb(0xA6, 0xA6, 0xA6);
    private static readonly XColor LabelFill = XColor.FromArgb(0xF4, 0xF4, 0xF4);
    private static readonly XColor HeadFill = XColor.FromArgb(0xE3, 0xEA, 0xF2);

    private readonly CjkFontResolver _fonts;
    private readonly XGraphics _measure;
    private readonly Dictionary<(XFont Font, int Rune), double> _widths = [];
    private XGraphics? _gfx;

    protected PdfPageWriter(CjkFontResolver fonts)
    {
        _fonts = fonts;
        Pdf = new PdfDocument();
        _measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards, Pdf.RenderEvents);
    }

    protected PdfDocument Pdf { get; }

    /// <summary>Where the next line goes, in points from the top of the page.</summary>
    protected double Y { get; set; }

    protected XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page is open.");

    protected PdfTextStyle TitleStyle { get; } = PdfTextStyle.Of(26, bold: true);

    protected PdfTextStyle SubtitleStyle { get; } = PdfTextStyle.Of(16);

    protected PdfTextStyle HeadingStyle { get; } = PdfTextStyle.Of(14, bold: true);

    protected PdfTextStyle BodyStyle { get; } = PdfTextStyle.Of(BodySize);

    protected PdfTextStyle BodyBoldStyle { get; } = PdfTextStyle.Of(BodySize, bold: true);

    protected PdfTextStyle SmallStyle { get; } = PdfTextStyle.Of(9);

    protected XBrush InkBrush { get; } = new XSolidBrush(Ink);

    protected XBrush MutedBrush { get; } = new XSolidBrush(Muted);

    protected XBrush RedBrush { get; } = new XSolidBrush(Red);

    protected XBrush LabelFillBrush { get; } = new XSolidBrush(LabelFill);

    protected XBrush HeadFillBrush { get; } = new XSolidBrush(HeadFill);

    private XPen RulePen { get; } = new(Rule, 0.5);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gfx?.Dispose();
            _measure.Dispose();
            Pdf.Dispose();
        }
    }

    /// <summary>Draws the running header of a new page (report title, number ...).</summary>
    protected abstract void PageHeader();

    /// <summary>Closes the last page, adds the page footers and returns the file.</summary>
    protected byte[] Finish()
    {
        _gfx?.Dispose();
        _gfx = null;
        var total = Pdf.PageCount;
        for (var i = 0; i < total; i++)
        {
            using var gfx = XGraphics.FromPdfPage(Pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = $"第 {i + 1} 页 共 {total} 页";
            Draw(gfx, text, SmallStyle, MutedBrush, (PageWidth - Width(text, SmallStyle)) / 2, PageHeight - 46, 14);
        }

        using var stream = new MemoryStream();
        Pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    protected void NewPage()
    {
        _gfx?.Dispose();
        var page = Pdf.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        _gfx = XGraphics.FromPdfPage(page);
        PageHeader();
        Y = ContentTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    protected void Need(double height)
    {
        if (Y + height > ContentBottom)
        {
            NewPage();
        }
    }

    /// <summary>Draws one line centred on the page at the current position and moves below it.</summary>
    protected void Centered(string text, PdfTextStyle style, XBrush brush)
    {
        var line = style.Size * 1.6;
        Draw(Gfx, text, style, brush, (PageWidth - Width(text, style)) / 2, Y, line);
        Y += line;
    }

    protected void Heading(string text)
    {
        Need(HeadingHeight);
        Draw(Gfx, text, HeadingStyle, InkBrush, MarginX, Y + 2, 24);
        Y += HeadingHeight;
    }

    /// <summary>Flowing text over the full width, continued on the next page when this one is full.</summary>
    protected void Paragraph(string text, PdfTextStyle style, XBrush brush, double firstLineIndent = 0)
    {
        var line = style.Size * 1.6;
        var lines = Wrap(text, style, ContentWidth, firstLineIndent);
        for (var i = 0; i < lines.Count; i++)
        {
            Need(line);
            Draw(Gfx, lines[i], style, brush, MarginX + (i == 0 ? firstLineIndent : 0), Y, line);
            Y += line;
        }
    }

    /// <summary>One cell of a table row; its text is wrapped to the width.</summary>
    protected sealed record Cell(string Text, double Width, PdfTextStyle Style, XBrush Brush, XBrush? Fill);

    protected Cell Label(string text, double width) => new(text, width, BodyStyle, MutedBrush, LabelFillBrush);

    protected void LabelRow(string label, string value) =>
        Row(Label(label, LabelColumn), new Cell(string.IsNullOrWhiteSpace(value) ? "—" : value, ContentWidth - LabelColumn, BodyStyle, InkBrush, null));

    /// <summary>
    /// One bordered table row. A short row moves whole to the next page; a long one is split between pages line
    /// by line, so a value of any length stays on the paper.
    /// </summary>
    protected void Row(params Cell[] cells)
    {
        var lines = cells.Select(c => Wrap(c.Text, c.Style, c.Width - 2 * CellPadX)).ToArray();
        var total = lines.Max(l => l.Count);
        var start = 0;
        while (start < total)
        {
            var fit = (int)Math.Floor((ContentBottom - Y - 2 * CellPadY) / BodyLine);
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
                var box = new XRect(x, Y, cells[c].Width, height);
                if (cells[c].Fill is { } fill)
                {
                    Gfx.DrawRectangle(fill, box);
                }

                for (var i = start; i < Math.Min(start + count, lines[c].Count); i++)
                {
                    Draw(Gfx, lines[c][i], cells[c].Style, cells[c].Brush, x + CellPadX, Y + CellPadY + (i - start) * BodyLine, BodyLine);
                }

                Gfx.DrawRectangle(RulePen, box);
                x += cells[c].Width;
            }

            Y += height;
            start += count;
            if (start < total)
            {
                NewPage();
            }
        }
    }

    /// <summary>
    /// Draws one line of text vertically centred in a line box starting at <paramref name="top"/>, switching to
    /// the Latin font for the characters the CJK font lacks. Both share one baseline.
    /// </summary>
    protected void Draw(XGraphics gfx, string text, PdfTextStyle style, XBrush brush, double x, double top, double lineHeight)
    {
        ArgumentNullException.ThrowIfNull(gfx);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
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
        {
            DrawRun(gfx, run, latin ? style.Latin : style.Cjk, brush, x, baseline);
        }
    }

    private double DrawRun(XGraphics gfx, StringBuilder run, XFont font, XBrush brush, double x, double baseline)
    {
        var text = run.ToString();
        run.Clear();
        gfx.DrawString(text, font, brush, x, baseline);
        foreach (var rune in text.EnumerateRunes())
        {
            x += Width(rune, font);
        }

        return x;
    }

    protected double Width(string text, PdfTextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Width(rune, style);
        }

        return width;
    }

    private double Width(Rune rune, PdfTextStyle style) => Width(rune, _fonts.UsesLatinFont(rune) ? style.Latin : style.Cjk);

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
    protected List<string> Wrap(string text, PdfTextStyle style, double width, double firstLineIndent = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
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
                    {
                        carry = 0;
                    }

                    lines.Add(Text(line.Take(line.Count - carry)).TrimEnd());
                    line = line.Skip(line.Count - carry).SkipWhile(Rune.IsWhiteSpace).ToList();
                    lineWidth = line.Sum(r => Width(r, style));
                    available = width;
                    if (Rune.IsWhiteSpace(rune) && line.Count == 0)
                    {
                        continue;
                    }
                }

                line.Add(rune);
                lineWidth += w;
            }

            lines.Add(Text(line).TrimEnd());
        }

        return lines;
    }

    /// <summary>Paragraphs of a text, blank lines dropped.</summary>
    protected static string[] SplitParagraphs(string text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>How many characters at the end of a full line move to the next one together with <paramref name="next"/>.</summary>
    private static int Carry(List<Rune> line, Rune next)
    {
        var carry = 0;
        if (IsWordChar(next))
        {
            // Move the Latin word or number whole when it starts within this line after something else.
            var start = line.Count;
            while (start > 0 && IsWordChar(line[start - 1]))
            {
                start--;
            }

            if (start > 0 && line.Count - start <= 24)
            {
                carry = line.Count - start;
            }
        }
        else if (IsClosingPunctuation(next) && line.Count > 1 && !IsClosingPunctuation(line[^1]))
        {
            carry = 1;
        }

        // An opening bracket or quote does not end a line either.
        if (line.Count > carry + 1 && IsOpeningPunctuation(line[line.Count - carry - 1]))
        {
            carry++;
        }

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
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
