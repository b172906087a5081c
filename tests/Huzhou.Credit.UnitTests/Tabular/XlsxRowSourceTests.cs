using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Huzhou.Credit.SharedKernel.Tabular;

namespace Huzhou.Credit.UnitTests.Tabular;

public sealed class XlsxRowSourceTests
{
    private const uint DateStyle = 1;        // built-in numFmtId 14
    private const uint ChineseDateStyle = 2; // custom yyyy"年"m"月"d"日"
    private const uint AmountStyle = 3;      // custom 0.00 (a number, not a date)

    private static readonly string[] Headers =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政处罚决定书文号",
        "罚款金额（万元）", "处罚决定日期", "处罚机关", "备注",
    ];

    [Fact]
    public async Task First_worksheet_is_read_with_shared_and_inline_strings_numbers_dates_formulas_and_gaps()
    {
        await using var source = await RowSources.OpenAsync(new MemoryStream(PenaltyWorkbook()), "行政处罚.xlsx");

        Assert.Equal("XLSX", source.Format);
        Assert.Null(source.EncodingName);
        Assert.Equal(Headers, source.Headers);

        Assert.True(await source.ReadAsync());
        Assert.Equal(2, source.RowNumber);
        Assert.Equal(
            ["湖州市吴兴区某某建材有限公司", "02", "91330502MA2B3C4D5E", "湖市监处罚〔2025〕12号", "12.5", "2023-03-15", "湖州市市场监督管理局", "TRUE"],
            Cells(source));

        Assert.True(await source.ReadAsync());
        Assert.Equal(4, source.RowNumber); // row 3 is absent from the sheet, row numbers follow the sheet
        Assert.Equal(["湖州某某餐饮店", "", "", "", "1000", "2023-03-15 12:00:00", "", ""], Cells(source));
        Assert.Equal(6, source.FieldCount); // the row's last cell is F4

        Assert.True(await source.ReadAsync());
        Assert.Equal(6, source.RowNumber); // row 5 only has empty formatted cells
        Assert.Equal(["湖州某某商行（个体）", "04", "", "", "0.3", "2024-02-29", "0.00001", ""], Cells(source));

        Assert.True(await source.ReadAsync());
        Assert.Equal(7, source.RowNumber);
        Assert.Equal("甲, \"乙\"", source.GetString(0));
        Assert.Equal("3", source.GetString(1));
        Assert.Equal("\"甲, \"\"乙\"\"\",3", source.RawText());

        Assert.False(await source.ReadAsync());
    }

    [Fact]
    public void Date_number_formats_are_recognised()
    {
        Assert.True(XlsxDateFormats.IsDateFormatCode("yyyy\"年\"m\"月\"d\"日\""));
        Assert.True(XlsxDateFormats.IsDateFormatCode("[$-F800]dddd, mmmm dd, yyyy"));
        Assert.True(XlsxDateFormats.IsDateFormatCode("yyyy/m/d h:mm"));
        Assert.False(XlsxDateFormats.IsDateFormatCode("0.00_);[Red](0.00)"));
        Assert.False(XlsxDateFormats.IsDateFormatCode("#,##0\"天\""));
        Assert.False(XlsxDateFormats.IsDateFormatCode("[h]:mm:ss"));
        Assert.True(XlsxDateFormats.IsDateFormat(14, new Dictionary<uint, string>()));
        Assert.True(XlsxDateFormats.IsDateFormat(22, new Dictionary<uint, string>()));
        Assert.False(XlsxDateFormats.IsDateFormat(4, new Dictionary<uint, string>()));
    }

    [Fact]
    public async Task Duplicate_headers_are_refused_naming_them()
    {
        var bytes = Workbook(sheetData => sheetData.Append(new Row(InlineCell("A1", "处罚机关"), InlineCell("B1", "处罚机关 "))));

        var error = await Assert.ThrowsAsync<TabularFileException>(() => RowSources.OpenAsync(new MemoryStream(bytes), "a.xlsx"));

        Assert.Contains("“处罚机关”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_sheet_is_refused()
    {
        var bytes = Workbook(_ => { });

        var error = await Assert.ThrowsAsync<TabularFileException>(() => RowSources.OpenAsync(new MemoryStream(bytes), "a.xlsx"));

        Assert.Contains("文件为空", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_in_chinese()
    {
        var error = await Assert.ThrowsAsync<TabularFileException>(
            () => RowSources.OpenAsync(new MemoryStream("行政相对人名称,处罚机关\r\n"u8.ToArray()), "renamed.xlsx"));

        Assert.Contains(".xlsx", error.Message, StringComparison.Ordinal);
    }

    private static string[] Cells(IRowSource source) => [.. Enumerable.Range(0, Headers.Length).Select(source.GetString)];

    /// <summary>A penalty workbook as Excel writes it; a decoy sheet is created first but listed second.</summary>
    private static byte[] PenaltyWorkbook()
    {
        var shared = new List<string>(Headers) { "湖州市吴兴区某某建材有限公司", "91330502MA2B3C4D5E", "湖州某某餐饮店" };
        return Workbook(
            sheetData =>
            {
                sheetData.Append(new Row([.. Headers.Select((h, i) => SharedCell($"{(char)('A' + i)}1", i))]) { RowIndex = 1 });
                sheetData.Append(new Row(
                    SharedCell("A2", shared.IndexOf("湖州市吴兴区某某建材有限公司")),
                    InlineCell("B2", "02"),
                    SharedCell("C2", shared.IndexOf("91330502MA2B3C4D5E")),
                    InlineCell("D2", " 湖市监处罚〔2025〕12号\u3000"),
                    NumberCell("E2", "12.5", AmountStyle),
                    NumberCell("F2", "45000", DateStyle),
                    new Cell(new CellFormula("\"湖州市\"&\"市场监督管理局\""), new CellValue("湖州市市场监督管理局")) { CellReference = "G2", DataType = CellValues.String },
                    new Cell(new CellValue("1")) { CellReference = "H2", DataType = CellValues.Boolean }) { RowIndex = 2 });
                sheetData.Append(new Row(
                    SharedCell("A4", shared.IndexOf("湖州某某餐饮店")),
                    new Cell(new CellFormula("SUM(1000)"), new CellValue("1000")) { CellReference = "E4" },
                    NumberCell("F4", "45000.5", ChineseDateStyle)) { RowIndex = 4 });
                sheetData.Append(new Row(new Cell { CellReference = "A5", StyleIndex = DateStyle }, InlineCell("B5", " ")) { RowIndex = 5 });
                sheetData.Append(new Row(
                    new Cell(new InlineString(
                        new Run(new Text("湖州某某商行")),
                        new Run(new Text("（个体）")),
                        new PhoneticRun(new Text("フリガナ")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }))
                    { CellReference = "A6", DataType = CellValues.InlineString },
                    InlineCell("B6", "04"),
                    NumberCell("E6", "0.30000000000000004", 0),
                    NumberCell("F6", "45351", DateStyle),
                    NumberCell("G6", "1E-05", 0)) { RowIndex = 6 });
                // No r attributes at all: rows and cells follow one another.
                sheetData.Append(new Row(InlineCell(null, "甲, \"乙\""), NumberCell(null, "3", 0)));
            },
            shared);
    }

    private static byte[] Workbook(Action<SheetData> fill, IReadOnlyList<string>? sharedStrings = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var decoy = workbook.AddNewPart<WorksheetPart>();
            decoy.Worksheet = new Worksheet(new SheetData(new Row(InlineCell("A1", "说明")) { RowIndex = 1 }));
            var data = workbook.AddNewPart<WorksheetPart>();
            var sheetData = new SheetData();
            fill(sheetData);
            data.Worksheet = new Worksheet(sheetData);
            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Name = "行政处罚", SheetId = 2, Id = workbook.GetIdOfPart(data) },
                new Sheet { Name = "说明", SheetId = 1, Id = workbook.GetIdOfPart(decoy) }));

            if (sharedStrings is not null)
            {
                var table = workbook.AddNewPart<SharedStringTablePart>();
                table.SharedStringTable = new SharedStringTable(sharedStrings.Select(s => new SharedStringItem(new Text(s))));
            }

            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(
                    new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" },
                    new NumberingFormat { NumberFormatId = 177, FormatCode = "0.00" }),
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 176, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 177, ApplyNumberFormat = true }));
        }

        return stream.ToArray();
    }

    private static Cell SharedCell(string reference, int index) =>
        new(new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.SharedString };

    private static Cell InlineCell(string? reference, string text)
    {
        var cell = new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString };
        if (reference is not null)
        {
            cell.CellReference = reference;
        }

        return cell;
    }

    private static Cell NumberCell(string? reference, string value, uint style)
    {
        var cell = new Cell(new CellValue(value)) { StyleIndex = style };
        if (reference is not null)
        {
            cell.CellReference = reference;
        }

        return cell;
    }
}
