using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Writes an .xlsx workbook forward-only to a stream (an HTTP response or a file): sheets one after another, each with
/// a bold, frozen header row, then rows of text. The workbook is never held in memory: SpreadCheetah writes each row
/// into the zip stream as it comes (ADR 0011). Every cell is a text cell (never a formula, never a number), its column
/// formatted as text so values typed in later (ID numbers, codes with leading zeros) stay text too, and neutralised
/// like the CSV writer's (<see cref="CellText.NeutraliseFormula"/>). <see cref="RowSources.OpenAsync(Stream, string, CancellationToken)"/> reads the
/// first sheet back (a CRLF inside a cell comes back as LF, Excel's own line break: XML normalises line ends).
/// </summary>
/// <example>
/// <code>
/// await using var xlsx = await XlsxWriter.CreateAsync(Response.Body, cancellationToken);
/// await xlsx.StartSheetAsync("报送数据", headers, cancellationToken: cancellationToken);
/// await xlsx.WriteRowAsync(row, cancellationToken);
/// await xlsx.FinishAsync(cancellationToken);
/// </code>
/// </example>
public sealed class XlsxWriter : IAsyncDisposable
{
    /// <summary>The Content-Type of an .xlsx download.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const double MinimumWidth = 8;
    private const double MaximumWidth = 60;

    private readonly AsyncWriteStream _output;
    private readonly Spreadsheet _spreadsheet;
    private readonly StyleId _headerStyle;
    private readonly StyleId _textStyle;
    private readonly Style _textColumnStyle;
    private Cell[] _cells = new Cell[32];
    private bool _finished;

    private XlsxWriter(AsyncWriteStream output, Spreadsheet spreadsheet, StyleId headerStyle, StyleId textStyle, Style textColumnStyle)
    {
        _output = output;
        _spreadsheet = spreadsheet;
        _headerStyle = headerStyle;
        _textStyle = textStyle;
        _textColumnStyle = textColumnStyle;
    }

    /// <summary>The number of sheets started so far.</summary>
    public int SheetCount { get; private set; }

    /// <summary>
    /// Starts a workbook on <paramref name="output"/>, which it does not close; call <see cref="FinishAsync"/> at the end
    /// and dispose the writer (the zip's directory is written then).
    /// </summary>
    /// <param name="output">Writable; need not be seekable. Writes are asynchronous.</param>
    /// <param name="cancellationToken">Cancels the first write.</param>
    public static async Task<XlsxWriter> CreateAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var stream = new AsyncWriteStream(output);
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream, new SpreadCheetahOptions(), cancellationToken);
        var text = new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) };
        var header = new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) };
        header.Font.Bold = true;
        return new XlsxWriter(stream, spreadsheet, spreadsheet.AddStyle(header), spreadsheet.AddStyle(text), text);
    }

    /// <summary>
    /// Starts the next sheet and writes its header row. Column widths are fixed before any row is written (the
    /// format puts them first), so they come from <paramref name="columnWidths"/> or, when absent, from the headers.
    /// </summary>
    /// <param name="name">The sheet name: at most 31 characters, none of <c>/ \ * ? [ ]</c>, unique in the workbook.</param>
    /// <param name="headers">Row 1, bold and frozen.</param>
    /// <param name="columnWidths">Widths in Excel's character units, one per column (see <see cref="ColumnWidth"/>).</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    public async Task StartSheetAsync(
        string name, IReadOnlyList<string> headers, IReadOnlyList<double>? columnWidths = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(headers);
        ObjectDisposedException.ThrowIf(_finished, this);
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < headers.Count; i++)
        {
            var column = options.Column(i + 1);
            column.Width = columnWidths is not null && i < columnWidths.Count ? Clamp(columnWidths[i]) : ColumnWidth([headers[i]]);
            column.DefaultStyle = _textColumnStyle;
        }

        await _spreadsheet.StartWorksheetAsync(name, options, cancellationToken);
        SheetCount++;
        await WriteAsync(headers, _headerStyle, cancellationToken);
    }

    /// <summary>Writes one row of the current sheet; null cells are left empty.</summary>
    public ValueTask WriteRowAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (SheetCount == 0)
        {
            throw new InvalidOperationException("Start a sheet before writing rows.");
        }

        return WriteAsync(cells, _textStyle, cancellationToken);
    }

    /// <summary>Writes the workbook's closing parts; the output is a valid .xlsx only after this.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            return;
        }

        if (SheetCount == 0)
        {
            throw new InvalidOperationException("A workbook needs at least one sheet.");
        }

        await _spreadsheet.FinishAsync(cancellationToken);
        await _output.DrainAsync(cancellationToken);
        _finished = true;
    }

    /// <summary>Closes the zip (its central directory goes out now) without closing the output stream.</summary>
    public async ValueTask DisposeAsync()
    {
        await _spreadsheet.DisposeAsync();
        if (_finished)
        {
            await _output.DrainAsync();
        }

        await _output.DisposeAsync();
    }

    /// <summary>
    /// A column width (Excel character units) fitting the longest of the texts: a CJK or other full-width character
    /// counts two units, others one, plus a margin; between 8 and 60 (longer texts wrap in the cell when edited).
    /// </summary>
    public static double ColumnWidth(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var widest = 0;
        foreach (var text in texts)
        {
            var width = 0;
            foreach (var c in text ?? "")
            {
                width += IsWide(c) ? 2 : 1;
            }

            widest = Math.Max(widest, width);
        }

        return Clamp(widest + 2);
    }

    private static double Clamp(double width) => Math.Clamp(width, MinimumWidth, MaximumWidth);

    // CJK ideographs and punctuation, full-width forms, Hangul and kana: what East Asian fonts draw two columns wide.
    private static bool IsWide(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF'
        or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60'
        or >= '\uFFE0' and <= '\uFFE6';

    private async ValueTask WriteAsync(IReadOnlyList<string?> texts, StyleId style, CancellationToken cancellationToken)
    {
        if (_cells.Length < texts.Count)
        {
            _cells = new Cell[Math.Max(texts.Count, _cells.Length * 2)];
        }

        for (var i = 0; i < texts.Count; i++)
        {
            // A string cell is written as text: SpreadCheetah makes formulas only from a Formula value.
            _cells[i] = new Cell(CellText.NeutraliseFormula(texts[i]), style);
        }

        await _spreadsheet.AddRowAsync(_cells.AsMemory(0, texts.Count), cancellationToken);
        await _output.DrainAsync(cancellationToken);
    }
}
