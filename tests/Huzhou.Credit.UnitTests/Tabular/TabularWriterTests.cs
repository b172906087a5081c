using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Huzhou.Credit.SharedKernel.Tabular;

namespace Huzhou.Credit.UnitTests.Tabular;

public sealed class TabularWriterTests
{
    private static readonly string[] Headers = ["行政相对人名称", "行政相对人代码_1（统一社会信用代码）", "违法事实", "罚款金额（万元）"];

    private static readonly string?[][] Rows =
    [
        ["湖州市吴兴区织里镇示例童装有限公司", "91330502MA2B3C4D5E", "销售“三无”产品，共计 3 批次，货值 1,200 元", "2"],
        ["长兴示例蓄电池有限公司", "0330", "第一行\n第二行，含\"引号\"", null],
    ];

    public static TheoryData<CsvFileEncoding, string> CsvEncodings => new()
    {
        { CsvFileEncoding.Gb18030, "GB18030" },
        { CsvFileEncoding.Utf8WithBom, "UTF-8" },
    };

    [Fact]
    public async Task Xlsx_written_to_a_forward_only_response_stream_reads_back_cell_for_cell()
    {
        var output = new ResponseLikeStream();
        await using (var xlsx = await XlsxWriter.CreateAsync(output))
        {
            await xlsx.StartSheetAsync("报送数据", Headers);
            foreach (var row in Rows)
            {
                await xlsx.WriteRowAsync(row);
            }

            await xlsx.StartSheetAsync("字段说明", ["字段", "说明"], [20, 40]);
            await xlsx.WriteRowAsync(["行政相对人名称", "必填"]);
            await xlsx.FinishAsync();
        }

        using var file = new MemoryStream(output.ToArray());
        await using (var source = await RowSources.OpenAsync(file, "模板.xlsx"))
        {
            Assert.Equal("XLSX", source.Format);
            Assert.Equal(Headers, source.Headers);
            await AssertRowsAsync(source);
        }

        file.Position = 0;
        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["报送数据", "字段说明"], workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var firstSheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var cells = firstSheet.Worksheet.Descendants<Cell>().ToList();
        Assert.Empty(firstSheet.Worksheet.Descendants<CellFormula>());
        Assert.All(cells.Where(c => c.DataType is not null), c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        var headerFont = Font(workbook, cells[0]);
        var dataFont = Font(workbook, cells[Headers.Length]);
        Assert.NotNull(headerFont.Bold);
        Assert.Null(dataFont.Bold);
        var widths = firstSheet.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(Headers.Length, widths.Count);
        Assert.True(widths[0] >= 2 * "行政相对人名称".Length, "a column of Chinese headers is wide enough for them");
        Assert.Equal(1, firstSheet.Worksheet.Descendants<Pane>().Single().VerticalSplit!.Value);
    }

    [Theory]
    [MemberData(nameof(CsvEncodings))]
    public async Task Csv_written_in_either_encoding_reads_back_with_that_encoding_detected(CsvFileEncoding encoding, string detected)
    {
        var output = new ResponseLikeStream();
        await using (var csv = new CsvWriter(output, encoding))
        {
            await csv.WriteRowAsync(Headers);
            foreach (var row in Rows)
            {
                await csv.WriteRowAsync(row);
            }
        }

        var bytes = output.ToArray();
        Assert.Equal(encoding == CsvFileEncoding.Utf8WithBom, bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        await using var source = await RowSources.OpenAsync(new MemoryStream(bytes), "模板.csv");
        Assert.Equal(detected, source.EncodingName);
        Assert.Equal(Headers, source.Headers);
        await AssertRowsAsync(source);
    }

    [Fact]
    public async Task Cells_that_a_spreadsheet_would_take_for_formulas_get_a_leading_quote_in_both_writers()
    {
        string?[] dangerous = ["=HYPERLINK(\"http://x\",\"点击\")", "+86 572 1234567", "-5", "@SUM(A1)", "湖州=示例", "'已有引号"];
        string[] expected = ["'=HYPERLINK(\"http://x\",\"点击\")", "'+86 572 1234567", "'-5", "'@SUM(A1)", "湖州=示例", "'已有引号"];
        string[] headers = ["a", "b", "c", "d", "e", "f"];

        var csvBytes = new ResponseLikeStream();
        await using (var csv = new CsvWriter(csvBytes, CsvFileEncoding.Utf8WithBom))
        {
            await csv.WriteRowAsync(headers);
            await csv.WriteRowAsync(dangerous);
        }

        var xlsxBytes = new ResponseLikeStream();
        await using (var xlsx = await XlsxWriter.CreateAsync(xlsxBytes))
        {
            await xlsx.StartSheetAsync("数据", headers);
            await xlsx.WriteRowAsync(dangerous);
            await xlsx.FinishAsync();
        }

        foreach (var (bytes, name) in new[] { (csvBytes.ToArray(), "x.csv"), (xlsxBytes.ToArray(), "x.xlsx") })
        {
            await using var source = await RowSources.OpenAsync(new MemoryStream(bytes), name);
            Assert.True(await source.ReadAsync());
            Assert.Equal(expected, Enumerable.Range(0, expected.Length).Select(source.GetString));
        }

        Assert.Equal("'=1", CellText.NeutraliseFormula("=1"));
        Assert.Equal("'\t=1", CellText.NeutraliseFormula("\t=1"));
        Assert.Equal("'\r=1", CellText.NeutraliseFormula("\r=1"));
        Assert.Equal("", CellText.NeutraliseFormula(""));
        Assert.Null(CellText.NeutraliseFormula(null));
    }

    [Fact]
    public void Column_width_counts_chinese_characters_twice_and_stays_within_bounds()
    {
        Assert.Equal(16, XlsxWriter.ColumnWidth(["行政相对人名称"]));
        Assert.Equal(12, XlsxWriter.ColumnWidth(["2024-03-15"]));
        Assert.Equal(8, XlsxWriter.ColumnWidth(["01", null]));
        Assert.Equal(60, XlsxWriter.ColumnWidth([new string('湖', 100)]));
    }

    [Fact]
    public void Download_header_carries_an_ascii_name_and_the_chinese_name_in_utf8()
    {
        var header = TabularDownload.ContentDisposition("XZCF_template_v2.xlsx", "XZCF_行政处罚信息_报送模板_v2.xlsx");

        Assert.StartsWith("attachment; filename=\"XZCF_template_v2.xlsx\"; filename*=UTF-8''XZCF_", header, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("行政处罚信息"), header, StringComparison.Ordinal);
        Assert.Equal("attachment; filename=\"a_b.csv\"; filename*=UTF-8''a%22b.csv", TabularDownload.ContentDisposition("a\"b.csv", "a\"b.csv"));
    }

    private static async Task AssertRowsAsync(IRowSource source)
    {
        foreach (var row in Rows)
        {
            Assert.True(await source.ReadAsync());
            for (var i = 0; i < Headers.Length; i++)
            {
                Assert.Equal(row[i] ?? "", source.GetString(i));
            }
        }

        Assert.False(await source.ReadAsync());
    }

    private static Font Font(WorkbookPart workbook, Cell cell)
    {
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        return styles.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0));
    }

    /// <summary>Like an ASP.NET response body: forward-only, and synchronous writes are refused.</summary>
    private sealed class ResponseLikeStream : Stream
    {
        private readonly MemoryStream _buffer = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] ToArray() => _buffer.ToArray();

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            _buffer.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            _buffer.WriteAsync(buffer, offset, count, cancellationToken);
    }
}
