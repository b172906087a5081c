using System.Text;
using Sylvan.Data.Csv;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Streams a CSV/TXT file through Sylvan's CSV reader. Memory stays at a few buffers whatever the file size.
/// </summary>
/// <remarks>
/// RowNumber is Sylvan's record number, which is the row Excel shows: a blank line is a row, and a quoted
/// cell with line breaks stays in one row (so it is not the physical line number in a text editor).
/// </remarks>
internal sealed class CsvRowSource : IRowSource
{
    private const int CharBufferSize = 64 * 1024;

    // One record must fit in Sylvan's buffer. CsvLimitReader refuses a record past TabularLimits.MaxRowChars before
    // it gets here; this is the parser's own backstop.
    private const int MaxRecordChars = 16 * 1024 * 1024;

    private readonly CsvDataReader _csv;
    private readonly TextReader _text;

    private CsvRowSource(CsvDataReader csv, TextReader text, string encodingName, IReadOnlyList<string> headers)
    {
        _csv = csv;
        _text = text;
        EncodingName = encodingName;
        Headers = headers;
    }

    public string Format => "CSV";

    public string? EncodingName { get; }

    public IReadOnlyList<string> Headers { get; }

    public int RowNumber { get; private set; } = 1;

    public int FieldCount { get; private set; }

    public static async Task<IRowSource> OpenAsync(Stream stream, TabularLimits limits, CancellationToken cancellationToken)
    {
        var head = new byte[CsvEncodingSniffer.SniffLength];
        var length = 0;
        int read;
        while (length < head.Length
               && (read = await stream.ReadAsync(head.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        // A workbook saved with the wrong extension would be read as garbage, and what it then lacked would depend on its
        // bytes: say what it is.
        if (head.AsSpan(0, length).StartsWith("PK\u0003\u0004"u8))
        {
            throw new TabularFileException("文件内容是 Excel 工作簿（.xlsx），扩展名却是 .csv：请把扩展名改为 .xlsx 后重新上传。");
        }

        if (head.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new TabularFileException("文件内容是旧版 Excel（.xls）或加密的工作簿，不是 CSV：请另存为 .xlsx 或 .csv 后上传。");
        }

        var wholeFile = length < head.Length;
        var sniffed = CsvEncodingSniffer.Sniff(head.AsSpan(0, length), wholeFile);
        var headText = sniffed.Encoding.GetString(head, sniffed.BomLength, length - sniffed.BomLength);
        if (wholeFile && headText.AsSpan().Trim().IsEmpty)
        {
            throw new TabularFileException("文件为空：没有表头，也没有数据。");
        }

        var delimiter = DetectDelimiter(headText);
        var text = new CsvLimitReader(
            new StreamReader(
                new PrefixedStream(head.AsMemory(sniffed.BomLength, length - sniffed.BomLength), stream),
                sniffed.Encoding,
                detectEncodingFromByteOrderMarks: false,
                bufferSize: CharBufferSize,
                leaveOpen: true),
            delimiter,
            limits);
        CsvDataReader? csv = null;
        try
        {
            csv = await CsvDataReader.CreateAsync(
                text,
                new CsvDataReaderOptions
                {
                    HasHeaders = false, // row 1 is read like any row: duplicate or blank names are ours to report
                    Delimiter = delimiter,
                    Comment = '\0', // a cell starting with '#' is data, not a comment
                    BufferSize = CharBufferSize,
                    MaxBufferSize = MaxRecordChars,
                    OwnsReader = false,
                },
                cancellationToken);
            var headers = await ReadHeadersAsync(csv, cancellationToken);
            return new CsvRowSource(csv, text, sniffed.Name, headers);
        }
        catch
        {
            if (csv is not null)
            {
                await csv.DisposeAsync();
            }

            text.Dispose();
            throw;
        }
    }

    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (await ReadRecordAsync(_csv, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested(); // a run of blank rows comes from the buffer without awaiting
            if (!IsBlank(_csv))
            {
                RowNumber = _csv.RowNumber;
                FieldCount = _csv.RowFieldCount;
                return true;
            }
        }

        FieldCount = 0;
        return false;
    }

    public string GetString(int column)
    {
        if ((uint)column >= (uint)FieldCount)
        {
            return "";
        }

        var span = _csv.GetFieldSpan(column);
        var cleaned = CellText.Clean(span);
        return cleaned.IsEmpty ? "" : cleaned.ToString();
    }

    public string RawText()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < FieldCount; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            CellText.AppendCsvField(builder, _csv.GetFieldSpan(i));
        }

        return builder.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        _text.Dispose();
    }

    private static async Task<IReadOnlyList<string>> ReadHeadersAsync(CsvDataReader csv, CancellationToken cancellationToken)
    {
        // Blank lines before the header are tolerated; row numbers still count them.
        while (await ReadRecordAsync(csv, cancellationToken))
        {
            if (IsBlank(csv))
            {
                continue;
            }

            var headers = new List<string>(csv.RowFieldCount);
            for (var i = 0; i < csv.RowFieldCount; i++)
            {
                headers.Add(CellText.Clean(csv.GetFieldSpan(i)).ToString());
            }

            return CellText.ValidateHeaders(headers);
        }

        throw new TabularFileException("文件为空：没有表头，也没有数据。");
    }

    private static async Task<bool> ReadRecordAsync(CsvDataReader csv, CancellationToken cancellationToken)
    {
        try
        {
            return await csv.ReadAsync(cancellationToken);
        }
        catch (CsvRecordTooLargeException)
        {
            throw new TabularFileException(
                $"第 {csv.RowNumber + 1} 行附近有超长内容（超过 {MaxRecordChars / 1024 / 1024}M 字符），可能是引号没有成对闭合。");
        }
        catch (CsvFormatException e)
        {
            throw new TabularFileException($"第 {e.RowNumber} 行的引号格式不正确（引号未闭合或引号后有多余字符），请检查后重新上传。");
        }
    }

    private static bool IsBlank(CsvDataReader csv)
    {
        for (var i = 0; i < csv.RowFieldCount; i++)
        {
            if (!CellText.Clean(csv.GetFieldSpan(i)).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Comma, unless the header line has tabs or semicolons and no comma (Excel "Unicode text", European CSV).</summary>
    private static char DetectDelimiter(string headText)
    {
        var text = headText.AsSpan().TrimStart();
        var end = text.IndexOfAny('\r', '\n');
        var headerLine = end < 0 ? text : text[..end];
        if (headerLine.Contains(','))
        {
            return ',';
        }

        var tabs = headerLine.Count('\t');
        var semicolons = headerLine.Count(';');
        if (tabs == 0 && semicolons == 0)
        {
            return ',';
        }

        return tabs >= semicolons ? '\t' : ';';
    }
}
