using System.Text;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Writes a CSV file row by row to a stream (an HTTP response or a file): CRLF line ends, fields quoted when they
/// hold a comma, quote or line break, every cell neutralised against formula injection
/// (<see cref="CellText.NeutraliseFormula"/>). Nothing but the current line is held in memory.
/// <see cref="RowSources.OpenAsync(Stream, string, CancellationToken)"/> reads the output back (GB18030 is detected as such).
/// </summary>
public sealed class CsvWriter : IAsyncDisposable
{
    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new();

    /// <param name="output">A writable stream; writes are asynchronous (an ASP.NET response allows nothing else).</param>
    /// <param name="encoding">UTF-8 with BOM or GB18030.</param>
    /// <param name="leaveOpen">True to leave <paramref name="output"/> open when the writer is disposed.</param>
    public CsvWriter(Stream output, CsvFileEncoding encoding, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _writer = new StreamWriter(output, EncodingOf(encoding), 1 << 16, leaveOpen);
    }

    /// <summary>The encoding a <see cref="CsvFileEncoding"/> stands for (GB18030 registers the code-pages provider).</summary>
    public static Encoding EncodingOf(CsvFileEncoding encoding) => encoding switch
    {
        CsvFileEncoding.Utf8WithBom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        CsvFileEncoding.Gb18030 => CsvEncodingSniffer.Gb18030Encoding,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    /// <summary>The Content-Type of a download in this encoding.</summary>
    public static string ContentType(CsvFileEncoding encoding) => encoding switch
    {
        CsvFileEncoding.Gb18030 => "text/csv; charset=GB18030",
        _ => "text/csv; charset=utf-8",
    };

    /// <summary>Writes one row; null cells are empty fields.</summary>
    public async Task WriteRowAsync(IEnumerable<string?> cells, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _line.Clear();
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _line.Append(',');
            }

            first = false;
            CellText.AppendCsvField(_line, CellText.NeutraliseFormula(cell));
        }

        _line.Append("\r\n");
        await _writer.WriteAsync(_line, cancellationToken);
    }

    /// <summary>Flushes what is buffered (also done by <see cref="DisposeAsync"/>).</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
