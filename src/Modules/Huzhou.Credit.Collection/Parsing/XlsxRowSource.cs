using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Huzhou.Credit.Collection.Parsing;

/// <summary>
/// Streams the first worksheet of an .xlsx file with <see cref="OpenXmlReader"/>: only the current row is held,
/// plus the shared-strings table (which Excel files need in full to resolve any cell) and the cell styles.
/// </summary>
/// <remarks>
/// OpenXml is synchronous, so <see cref="ReadAsync"/> completes synchronously; the upload is a local file by then.
/// </remarks>
internal sealed class XlsxRowSource : IRowSource
{
    private const int MaxColumns = 16_384; // Excel's limit (XFD)

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly string[] _sharedStrings;
    private readonly bool[] _dateStyles;
    private readonly StringBuilder _inlineText = new();

    private string[] _cells = new string[64];
    private int _cellCount;
    private int _rowIndex;
    private int _nextRowIndex;
    private bool _rowStartPending;
    private bool _finished;

    // The cell being read.
    private bool _inCell;
    private int _cellColumn;
    private string? _cellType;
    private int _cellStyle;
    private string? _cellValue;
    private bool _inInlineString;
    private bool _inPhonetic;

    private XlsxRowSource(SpreadsheetDocument document, OpenXmlReader reader, string[] sharedStrings, bool[] dateStyles)
    {
        _document = document;
        _reader = reader;
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
        Headers = [];
    }

    public string Format => "XLSX";

    public string? EncodingName => null;

    public IReadOnlyList<string> Headers { get; private set; }

    public int RowNumber => _rowIndex;

    public int FieldCount => _cellCount;

    /// <summary>Opens the first worksheet and reads its header row; the stream must be seekable (a FileStream).</summary>
    public static IRowSource Open(Stream stream)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("XLSX needs a seekable stream (e.g. a FileStream).", nameof(stream));
        }

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.IO.FileFormatException)
        {
            throw new FileFormatException("文件无法作为 .xlsx 打开：可能已损坏，或并非 Excel 工作簿。请用 Excel 另存为 .xlsx 后重新上传。");
        }

        OpenXmlReader? reader = null;
        try
        {
            var workbook = document.WorkbookPart
                ?? throw new FileFormatException("文件中没有工作簿内容，请用 Excel 另存为 .xlsx 后重新上传。");
            var firstSheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (firstSheet?.Id?.Value is not { } sheetId
                || workbook.GetPartById(sheetId) is not WorksheetPart worksheet)
            {
                throw new FileFormatException("工作簿的第一个工作表不是数据表，请把数据放在第一个工作表后重新上传。");
            }

            var sharedStrings = LoadSharedStrings(workbook.SharedStringTablePart);
            var dateStyles = XlsxDateFormats.DateStyles(workbook);
            reader = OpenXmlReader.Create(worksheet);
            var source = new XlsxRowSource(document, reader, sharedStrings, dateStyles);
            source.ReadHeaders();
            return source;
        }
        catch
        {
            reader?.Dispose();
            document.Dispose();
            throw;
        }
    }

    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ReadRow())
            {
                return ValueTask.FromResult(false);
            }

            if (!IsBlankRow())
            {
                return ValueTask.FromResult(true);
            }
        }
    }

    public string GetString(int column) => (uint)column < (uint)_cellCount ? _cells[column] ?? "" : "";

    public string RawText()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < _cellCount; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            CellText.AppendCsvField(builder, _cells[i] ?? "");
        }

        return builder.ToString();
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _document.Dispose();
        return ValueTask.CompletedTask;
    }

    private void ReadHeaders()
    {
        while (ReadRow())
        {
            if (IsBlankRow())
            {
                continue;
            }

            var headers = new List<string>(_cellCount);
            for (var i = 0; i < _cellCount; i++)
            {
                headers.Add(_cells[i] ?? "");
            }

            Headers = CellText.ValidateHeaders(headers);
            return;
        }

        throw new FileFormatException("文件为空：第一个工作表没有表头，也没有数据。");
    }

    /// <summary>
    /// Reads the next &lt;row&gt; into <see cref="_cells"/>. A row or cell ends at its end tag, or at the next
    /// row/cell start, so self-closing elements are handled whether or not the reader reports an end for them.
    /// </summary>
    private bool ReadRow()
    {
        if (_finished)
        {
            return false;
        }

        if (!_rowStartPending && !MoveToRowStart())
        {
            _finished = true;
            return false;
        }

        _rowStartPending = false;
        Array.Clear(_cells, 0, _cellCount);
        _cellCount = 0;
        _rowIndex = _nextRowIndex;

        while (_reader.Read())
        {
            var type = _reader.ElementType;
            if (type == typeof(Cell))
            {
                EndCell();
                if (_reader.IsStartElement)
                {
                    StartCell();
                }
            }
            else if (type == typeof(CellValue))
            {
                if (_reader.IsStartElement && _inCell)
                {
                    _cellValue = _reader.GetText();
                }
            }
            else if (type == typeof(Text))
            {
                if (_reader.IsStartElement && _inInlineString && !_inPhonetic)
                {
                    _inlineText.Append(_reader.GetText());
                }
            }
            else if (type == typeof(InlineString))
            {
                _inInlineString = _reader.IsStartElement && _inCell;
            }
            else if (type == typeof(PhoneticRun))
            {
                _inPhonetic = _reader.IsStartElement;
            }
            else if (type == typeof(Row))
            {
                EndCell();
                if (_reader.IsStartElement)
                {
                    _nextRowIndex = RowIndexAttribute(_rowIndex);
                    _rowStartPending = true;
                }

                return true;
            }
            else if (type == typeof(SheetData))
            {
                EndCell();
                _finished = true;
                return true;
            }
        }

        EndCell();
        _finished = true;
        return true;
    }

    private bool MoveToRowStart()
    {
        while (_reader.Read())
        {
            if (_reader.ElementType == typeof(Row) && _reader.IsStartElement)
            {
                _nextRowIndex = RowIndexAttribute(_rowIndex);
                return true;
            }

            if (_reader.ElementType == typeof(SheetData) && _reader.IsEndElement)
            {
                return false;
            }
        }

        return false;
    }

    private int RowIndexAttribute(int previous)
    {
        var attributes = _reader.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].LocalName == "r"
                && int.TryParse(attributes[i].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return index;
            }
        }

        return previous + 1; // r is optional: rows then follow one another
    }

    private void StartCell()
    {
        var column = _cellCount; // r is optional: the cell then follows the previous one
        _cellType = null;
        _cellStyle = 0;
        var attributes = _reader.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            switch (attribute.LocalName)
            {
                case "r":
                    column = ColumnIndex(attribute.Value ?? "");
                    break;
                case "t":
                    _cellType = attribute.Value;
                    break;
                case "s":
                    _ = int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _cellStyle);
                    break;
                default:
                    break;
            }
        }

        _inCell = true;
        _cellColumn = Math.Clamp(column, 0, MaxColumns - 1);
        _cellValue = null;
        _inlineText.Clear();
        _inInlineString = false;
        _inPhonetic = false;
    }

    private void EndCell()
    {
        if (!_inCell)
        {
            return;
        }

        _inCell = false;
        _inInlineString = false;
        if (_cellColumn >= _cells.Length)
        {
            Array.Resize(ref _cells, Math.Min(MaxColumns, Math.Max(_cells.Length * 2, _cellColumn + 1)));
        }

        _cells[_cellColumn] = CellText.Clean(CellString());
        _cellCount = Math.Max(_cellCount, _cellColumn + 1);
    }

    private string CellString()
    {
        switch (_cellType)
        {
            case "s":
                return int.TryParse(_cellValue, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                       && (uint)index < (uint)_sharedStrings.Length
                    ? _sharedStrings[index]
                    : "";
            case "inlineStr":
                return _inlineText.Length > 0 ? _inlineText.ToString() : _cellValue ?? "";
            case "b":
                return _cellValue switch
                {
                    "1" => "TRUE",
                    "0" => "FALSE",
                    _ => _cellValue ?? "",
                };
            case "str" or "e":
                return _cellValue ?? "";
            case "d":
                return _cellValue is not null
                       && DateTime.TryParse(_cellValue, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? XlsxValues.FormatDate(date)
                    : _cellValue ?? "";
            default:
                if (string.IsNullOrEmpty(_cellValue))
                {
                    return "";
                }

                var isDate = (uint)_cellStyle < (uint)_dateStyles.Length && _dateStyles[_cellStyle];
                return isDate ? XlsxValues.FormatOADate(_cellValue) : XlsxValues.FormatNumber(_cellValue);
        }
    }

    private bool IsBlankRow()
    {
        for (var i = 0; i < _cellCount; i++)
        {
            if (!string.IsNullOrEmpty(_cells[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"C5" → 2: the letters of an A1 reference as a zero-based column index.</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            var letter = c | 0x20; // lower case
            if (letter is < 'a' or > 'z')
            {
                break;
            }

            column = (column * 26) + (letter - 'a' + 1);
        }

        return column - 1;
    }

    private static string[] LoadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        // Streamed too: a DOM of the table costs several times its text. Rich-text runs are joined;
        // phonetic (rPh) runs are furigana-style annotations, not cell text.
        var strings = new List<string>();
        var text = new StringBuilder();
        var inItem = false;
        var inPhonetic = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                if (inItem)
                {
                    strings.Add(text.ToString());
                }

                inItem = reader.IsStartElement;
                text.Clear();
            }
            else if (type == typeof(PhoneticRun))
            {
                inPhonetic = reader.IsStartElement;
            }
            else if (type == typeof(Text) && reader.IsStartElement && inItem && !inPhonetic)
            {
                text.Append(reader.GetText());
            }
        }

        if (inItem)
        {
            strings.Add(text.ToString());
        }

        return [.. strings];
    }
}
