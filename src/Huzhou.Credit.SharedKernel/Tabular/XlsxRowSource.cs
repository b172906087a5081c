using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Streams the first worksheet of an .xlsx file: only the current row is held, plus the shared-strings table
/// (Excel files need it in full to resolve any cell, so it grows with the number of distinct texts) and the styles.
/// </summary>
/// <remarks>
/// The OpenXml SDK opens the package and finds the parts; the sheet and shared-strings XML are then read with a
/// plain <see cref="XmlReader"/> over the part stream. OpenXmlReader, tried first, built an element object per
/// node and managed 8-12k rows/s on a 30-column penalty sheet, far below the import's 80k rows/s budget.
/// Names are compared by local name only, so strict OOXML (another namespace) reads the same.
/// Reading is synchronous underneath; <see cref="ReadAsync"/> completes synchronously (the upload is a local file).
/// <see cref="TabularLimits"/> are enforced while reading: the archive directory before the SDK opens it, the
/// decompressed bytes of the sheet and shared strings as they stream, cell text in chunks as it is read, and the
/// shared-strings table against a memory budget.
/// </remarks>
internal sealed class XlsxRowSource : IRowSource
{
    private readonly SpreadsheetDocument _document;
    private readonly TabularLimits _limits;
    private readonly char[] _chunk = new char[4096];
    private readonly StringBuilder _valueText = new();
    private readonly XmlReader _xml;
    private readonly SheetNames _names;
    private readonly string[] _sharedStrings;
    private readonly bool[] _dateStyles;
    private readonly StringBuilder _inlineText = new();

    private string[] _cells = new string[64];
    private int _cellCount;
    private int _rowIndex;
    private bool _finished;
    private bool _positioned;

    // The cell being read.
    private bool _inCell;
    private int _cellColumn;
    private string? _cellType;
    private int _cellStyle;
    private string? _cellValue;

    private XlsxRowSource(
        SpreadsheetDocument document, XmlReader xml, string[] sharedStrings, bool[] dateStyles, TabularLimits limits)
    {
        _document = document;
        _limits = limits;
        _xml = xml;
        _names = new SheetNames(xml.NameTable);
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
    public static IRowSource Open(Stream stream, TabularLimits limits, CancellationToken cancellationToken)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("XLSX needs a seekable stream (e.g. a FileStream).", nameof(stream));
        }

        var guard = XlsxArchiveGuard.Inspect(stream, limits);

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // The SDK throws a variety of exceptions on a broken package (a relationship to a missing part, a bad
            // content type): every one of them means the upload is not a workbook the platform can read.
            throw new TabularFileException("文件无法作为 .xlsx 打开：可能已损坏，或并非 Excel 工作簿。请用 Excel 另存为 .xlsx 后重新上传。");
        }

        XmlReader? reader = null;
        try
        {
            var workbook = document.WorkbookPart
                ?? throw new TabularFileException("文件中没有工作簿内容，请用 Excel 另存为 .xlsx 后重新上传。");
            guard.CheckLoadedWhole(workbook); // the workbook and styles parts are parsed whole by the SDK
            if (workbook.WorkbookStylesPart is { } styles)
            {
                guard.CheckLoadedWhole(styles);
            }
            var firstSheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (firstSheet?.Id?.Value is not { } sheetId
                || !workbook.TryGetPartById(sheetId, out var part)
                || part is not WorksheetPart worksheet)
            {
                throw new TabularFileException("工作簿的第一个工作表不是数据表，请把数据放在第一个工作表后重新上传。");
            }

            var sharedStrings = LoadSharedStrings(workbook.SharedStringTablePart, guard, limits, cancellationToken);
            var dateStyles = XlsxDateFormats.DateStyles(workbook);
            reader = OpenPart(worksheet, guard);
            var source = new XlsxRowSource(document, reader, sharedStrings, dateStyles, limits);
            source.ReadHeaders();
            return source;
        }
        catch (Exception e) when (e is not (TabularFileException or OutOfMemoryException or OperationCanceledException))
        {
            // XML the reader refuses (a DTD, an invalid character) or a part the SDK cannot resolve (a relationship to
            // a missing part): a broken or crafted file, never a server error.
            reader?.Dispose();
            document.Dispose();
            throw new TabularFileException(e is XmlException
                ? "工作表内容无法读取：文件可能已损坏。请用 Excel 另存为 .xlsx 后重新上传。"
                : "文件无法作为 .xlsx 打开：可能已损坏，或并非 Excel 工作簿。请用 Excel 另存为 .xlsx 后重新上传。");
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
        try
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
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            // An invalid character (&#x1;) or broken compressed data further down the sheet: the rows before it were
            // read, this one cannot be.
            throw new TabularFileException($"工作表第 {_rowIndex + 1} 行附近的内容无法读取：文件可能已损坏。请用 Excel 另存为 .xlsx 后重新上传。");
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
        _xml.Dispose();
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

        throw new TabularFileException("文件为空：第一个工作表没有表头，也没有数据。");
    }

    /// <summary>Reads the next &lt;row&gt; element into <see cref="_cells"/>; false after the last row.</summary>
    private bool ReadRow()
    {
        if (_finished)
        {
            return false;
        }

        while (true)
        {
            if (!Advance())
            {
                _finished = true;
                return false;
            }

            if (_xml.NodeType == XmlNodeType.Element && ReferenceEquals(_xml.LocalName, _names.Row))
            {
                break;
            }

            if (_xml.NodeType == XmlNodeType.EndElement && ReferenceEquals(_xml.LocalName, _names.SheetData))
            {
                _finished = true;
                return false;
            }
        }

        Array.Clear(_cells, 0, _cellCount);
        _cellCount = 0;
        _rowIndex = int.TryParse(_xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : _rowIndex + 1; // r is optional: rows then follow one another
        if (_xml.IsEmptyElement)
        {
            return true;
        }

        while (Advance())
        {
            if (_xml.NodeType == XmlNodeType.Element)
            {
                var name = _xml.LocalName;
                if (ReferenceEquals(name, _names.Cell))
                {
                    StartCell();
                    if (_xml.IsEmptyElement)
                    {
                        EndCell();
                    }
                }
                else if (ReferenceEquals(name, _names.Value) && _inCell)
                {
                    _valueText.Clear();
                    ReadCellContent(_valueText);
                    _cellValue = _valueText.ToString();
                    _positioned = true;
                }
                else if (ReferenceEquals(name, _names.Text) && _inCell)
                {
                    ReadCellContent(_inlineText); // <is><t> or <is><r><t>
                    _positioned = true;
                }
                else if (ReferenceEquals(name, _names.Phonetic) || ReferenceEquals(name, _names.Formula))
                {
                    _xml.Skip(); // phonetic guides are not cell text; a formula's cached value is in <v>
                    _positioned = true;
                }
            }
            else if (_xml.NodeType == XmlNodeType.EndElement)
            {
                if (ReferenceEquals(_xml.LocalName, _names.Cell))
                {
                    EndCell();
                }
                else if (ReferenceEquals(_xml.LocalName, _names.Row))
                {
                    EndCell();
                    return true;
                }
            }
        }

        EndCell();
        _finished = true;
        return true;
    }

    /// <summary>Moves to the next node unless a content read already left the reader on it.</summary>
    private bool Advance()
    {
        if (_positioned)
        {
            _positioned = false;
            return !_xml.EOF;
        }

        return _xml.Read();
    }

    private void StartCell()
    {
        var reference = _xml.GetAttribute("r");
        var column = reference is null ? _cellCount : ColumnIndex(reference); // r is optional: cells then follow one another
        _cellType = _xml.GetAttribute("t");
        _cellStyle = int.TryParse(_xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style) ? style : 0;
        _inCell = true;
        _cellColumn = Math.Max(column, 0);
        _cellValue = null;
        _inlineText.Clear();
    }

    private void EndCell()
    {
        if (!_inCell)
        {
            return;
        }

        _inCell = false;
        var text = CellText.Clean(CellString());
        if (_cellColumn >= _limits.MaxColumns)
        {
            // Formatting-only cells far to the right are common in real workbooks and carry nothing.
            if (text.Length == 0)
            {
                return;
            }

            throw new TabularFileException(
                $"第 {_rowIndex} 行超过 {_limits.MaxColumns:N0} 列：请只保留目录信息项的列后重新上传。");
        }

        if (_cellColumn >= _cells.Length)
        {
            Array.Resize(ref _cells, Math.Min(_limits.MaxColumns, Math.Max(_cells.Length * 2, _cellColumn + 1)));
        }

        _cells[_cellColumn] = text;
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

    /// <summary>Appends the element's text, read in chunks, refusing the cell once it passes MaxCellChars.</summary>
    private void ReadCellContent(StringBuilder into)
    {
        if (!ReadContent(_xml, into, _limits.MaxCellChars, _chunk))
        {
            throw new TabularFileException(
                $"第 {_rowIndex} 行第 {_cellColumn + 1} 列的单元格超过 {_limits.MaxCellChars:N0} 个字符（Excel 单元格的上限）："
                + "文件可能已损坏，请检查后重新上传。");
        }
    }

    /// <summary>
    /// Like <see cref="XmlReader.ReadElementContentAsString()"/> (leaves the reader after the end tag) but appends in
    /// chunks and stops with false once <paramref name="into"/> would pass <paramref name="maxChars"/>, so a huge text
    /// is never materialised.
    /// </summary>
    private static bool ReadContent(XmlReader xml, StringBuilder into, int maxChars, char[] chunk)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return true;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    if (into.Length + read > maxChars)
                    {
                        return false;
                    }

                    into.Append(chunk, 0, read);
                }
            }

            xml.Read();
        }

        xml.Read(); // past the end tag
        return true;
    }

    private static XmlReader OpenPart(OpenXmlPart part, XlsxArchiveGuard guard) =>
        XmlReader.Create(
            guard.Limit(part.GetStream(FileMode.Open, FileAccess.Read), part.Uri),
            new XmlReaderSettings
            {
                CloseInput = true,
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            });

    private static string[] LoadSharedStrings(
        SharedStringTablePart? part, XlsxArchiveGuard guard, TabularLimits limits, CancellationToken cancellationToken)
    {
        if (part is null)
        {
            return [];
        }

        // What the table costs: two bytes a character plus a string object and its reference, roughly.
        const int PerStringOverhead = 32;
        long budget = 0;
        var chunk = new char[4096];
        void Add(List<string> strings, string value)
        {
            budget += (2L * value.Length) + PerStringOverhead;
            if (budget > limits.MaxSharedStringsBytes)
            {
                throw new TabularFileException(
                    $"文件中的共享文本过大（超过 {TabularLimits.Megabytes(limits.MaxSharedStringsBytes)}）：请在 Excel 中另存为 CSV（UTF-8）后上传，"
                    + "或拆分为几个较小的文件分批上传。");
            }

            strings.Add(value);
            if ((strings.Count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        // Rich-text runs (<r><t>) are joined; phonetic guides (<rPh>) are annotations, not cell text.
        var strings = new List<string>();
        var text = new StringBuilder();
        using var xml = OpenPart(part, guard);
        var item = xml.NameTable.Add("si");
        var t = xml.NameTable.Add("t");
        var phonetic = xml.NameTable.Add("rPh");
        var inItem = false;
        var positioned = false;
        while (positioned || xml.Read())
        {
            positioned = false;
            if (xml.NodeType == XmlNodeType.Element)
            {
                var name = xml.LocalName;
                if (ReferenceEquals(name, item))
                {
                    text.Clear();
                    inItem = true;
                    if (xml.IsEmptyElement)
                    {
                        Add(strings, "");
                        inItem = false;
                    }
                }
                else if (ReferenceEquals(name, t) && inItem)
                {
                    if (!ReadContent(xml, text, limits.MaxCellChars, chunk))
                    {
                        throw new TabularFileException(
                            $"文件中第 {strings.Count + 1:N0} 条共享文本超过 {limits.MaxCellChars:N0} 个字符（Excel 单元格的上限）："
                            + "文件可能已损坏，请检查后重新上传。");
                    }

                    positioned = !xml.EOF;
                }
                else if (ReferenceEquals(name, phonetic))
                {
                    xml.Skip();
                    positioned = !xml.EOF;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && ReferenceEquals(xml.LocalName, item))
            {
                Add(strings, text.ToString());
                inItem = false;
            }
        }

        return [.. strings];
    }

    /// <summary>Element names atomised in the reader's name table, so matching is a reference comparison.</summary>
    private sealed class SheetNames(XmlNameTable table)
    {
        public string SheetData { get; } = table.Add("sheetData");

        public string Row { get; } = table.Add("row");

        public string Cell { get; } = table.Add("c");

        public string Value { get; } = table.Add("v");

        public string Text { get; } = table.Add("t");

        public string Phonetic { get; } = table.Add("rPh");

        public string Formula { get; } = table.Add("f");
    }
}
