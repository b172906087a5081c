using System.Text;
using Huzhou.Credit.SharedKernel.Tabular;

namespace Huzhou.Credit.UnitTests.Tabular;

public sealed class CsvRowSourceTests
{
    private static readonly Encoding Gbk = GetGbk();

    private static readonly string PenaltyCsv = PenaltyFile.Csv(PenaltyFile.Row(1), PenaltyFile.Row(2));

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf8-bom", "UTF-8" },
        { "utf8", "UTF-8" },
        { "gbk", "GB18030" },
        { "gb18030", "GB18030" },
        { "utf16le", "UTF-16" },
        { "utf16be", "UTF-16" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Standard_penalty_file_is_read_in_every_encoding_departments_use(string encoding, string expectedName)
    {
        var bytes = encoding switch
        {
            "utf8-bom" => PenaltyFile.Bytes(PenaltyCsv, Encoding.UTF8, withBom: true),
            "utf8" => PenaltyFile.Bytes(PenaltyCsv, Encoding.UTF8, withBom: false),
            "gbk" => Gbk.GetBytes(PenaltyCsv),
            "gb18030" => Encoding.GetEncoding(54936).GetBytes(PenaltyCsv),
            "utf16le" => PenaltyFile.Bytes(PenaltyCsv, Encoding.Unicode, withBom: true),
            _ => PenaltyFile.Bytes(PenaltyCsv, Encoding.BigEndianUnicode, withBom: true),
        };

        await using var source = await OpenForwardOnly(bytes, "行政处罚.csv");

        Assert.Equal("CSV", source.Format);
        Assert.Equal(expectedName, source.EncodingName);
        Assert.Equal(PenaltyFile.Headers, source.Headers);
        Assert.True(await source.ReadAsync());
        Assert.Equal(2, source.RowNumber);
        Assert.Equal(PenaltyFile.Headers.Length, source.FieldCount);
        Assert.Equal("湖州市吴兴区某某建材有限公司1", source.GetString(0));
        Assert.Equal("2025-03-15", source.GetString(PenaltyFile.Column("处罚决定日期")));
        Assert.Equal("湖州市市场监督管理局", source.GetString(PenaltyFile.Column("处罚机关")));
        Assert.True(await source.ReadAsync());
        Assert.Equal(3, source.RowNumber);
        Assert.Equal("湖市监处罚〔2025〕2号", source.GetString(PenaltyFile.Column("行政处罚决定书文号")));
        Assert.False(await source.ReadAsync());
    }

    [Fact]
    public async Task Quoted_fields_keep_commas_quotes_and_line_breaks_in_one_excel_row()
    {
        const string csv =
            "行政相对人名称,违法事实,备注\r\n" +
            "\"湖州某某有限公司, 吴兴分公司\",\"销售\"\"三无\"\"产品，\r\n共计 3 批次\",\r\n" +
            "湖州某某餐饮店,未公示食品经营许可证,无\r\n";

        await using var source = await Open(Encoding.UTF8.GetBytes(csv), "a.csv");

        Assert.True(await source.ReadAsync());
        Assert.Equal(2, source.RowNumber);
        Assert.Equal("湖州某某有限公司, 吴兴分公司", source.GetString(0));
        Assert.Equal("销售\"三无\"产品，\r\n共计 3 批次", source.GetString(1));
        Assert.Equal("", source.GetString(2));
        Assert.True(await source.ReadAsync());
        Assert.Equal(3, source.RowNumber); // Excel shows the multi-line cell in one row
        Assert.Equal("无", source.GetString(2));
    }

    [Fact]
    public async Task Blank_lines_and_empty_rows_are_skipped_but_still_counted()
    {
        const string csv = "行政相对人名称,处罚机关\r\n\r\n甲公司,湖州市生态环境局\r\n,\r\n  ,\u3000\r\n乙公司,湖州市应急管理局\r\n\r\n";

        await using var source = await Open(Encoding.UTF8.GetBytes(csv), "a.csv");

        Assert.True(await source.ReadAsync());
        Assert.Equal((3, "甲公司"), (source.RowNumber, source.GetString(0)));
        Assert.True(await source.ReadAsync());
        Assert.Equal((6, "乙公司"), (source.RowNumber, source.GetString(0)));
        Assert.False(await source.ReadAsync());
    }

    [Fact]
    public async Task Cells_and_headers_are_trimmed_of_spaces_full_width_spaces_and_bom()
    {
        const string csv = "\uFEFF 行政相对人名称\u3000, 处罚机关 \r\n\u3000 甲公司 ,\t湖州市税务局\u3000\r\n";

        await using var source = await Open(Encoding.UTF8.GetBytes(csv), "a.csv");

        Assert.Equal(["行政相对人名称", "处罚机关"], source.Headers);
        Assert.True(await source.ReadAsync());
        Assert.Equal("甲公司", source.GetString(0));
        Assert.Equal("湖州市税务局", source.GetString(1));
    }

    [Fact]
    public async Task Tab_delimited_unicode_text_from_excel_is_read()
    {
        var text = string.Join("\t", PenaltyFile.Headers) + "\r\n" + string.Join("\t", PenaltyFile.Row(7)) + "\r\n";

        await using var source = await Open(PenaltyFile.Bytes(text, Encoding.Unicode, withBom: true), "导出.txt");

        Assert.Equal(PenaltyFile.Headers, source.Headers);
        Assert.True(await source.ReadAsync());
        Assert.Equal("湖市监处罚〔2025〕7号", source.GetString(PenaltyFile.Column("行政处罚决定书文号")));
    }

    [Fact]
    public async Task Semicolon_delimited_file_is_read()
    {
        await using var source = await Open(Encoding.UTF8.GetBytes("行政相对人名称;处罚机关\n甲公司;湖州市税务局\n"), "a.csv");

        Assert.True(await source.ReadAsync());
        Assert.Equal("湖州市税务局", source.GetString(1));
    }

    [Fact]
    public async Task Missing_cells_read_as_empty_and_field_count_is_the_rows_own()
    {
        await using var source = await Open(Encoding.UTF8.GetBytes("a,b,c\n1\n1,2,3,4\n"), "a.csv");

        Assert.True(await source.ReadAsync());
        Assert.Equal(1, source.FieldCount);
        Assert.Equal("", source.GetString(2));
        Assert.Equal("", source.GetString(-1));
        Assert.True(await source.ReadAsync());
        Assert.Equal(4, source.FieldCount);
        Assert.Equal("4", source.GetString(3));
    }

    [Fact]
    public async Task Raw_text_is_one_csv_record_quoted_where_needed()
    {
        var text = "名称\t违法事实\t备注\r\n甲公司, 分公司\t说\"不\"\t\"第一行\n第二行\"\r\n";

        await using var source = await Open(Encoding.UTF8.GetBytes(text), "a.txt");

        Assert.True(await source.ReadAsync());
        Assert.Equal("\"甲公司, 分公司\",\"说\"\"不\"\"\",\"第一行\n第二行\"", source.RawText());
    }

    [Fact]
    public async Task A_utf8_character_cut_by_the_64_kilobyte_sniff_boundary_does_not_make_the_file_gb18030()
    {
        const string header = "name,note\r\n";
        // Commas every 1,000 characters keep each cell under Excel's 32,767-character limit.
        var filler = string.Concat(new string('x', CsvEncodingSniffer.SniffLength - header.Length - "a,".Length - 1)
            .Select((c, i) => i % 1000 == 999 ? ',' : c));
        var text = header + "a," + filler + "湖州\r\n";
        Assert.Equal(CsvEncodingSniffer.SniffLength - 1, Encoding.UTF8.GetByteCount(header + "a," + filler)); // 湖 straddles the boundary

        await using var source = await OpenForwardOnly(Encoding.UTF8.GetBytes(text), "a.csv");

        Assert.Equal("UTF-8", source.EncodingName);
        Assert.True(await source.ReadAsync());
        Assert.EndsWith("湖州", source.GetString(source.FieldCount - 1), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("罚款.xls", "不支持的文件格式“.xls”：请另存为 .xlsx 或 .csv 后上传。")]
    [InlineData("罚款.docx", "不支持的文件格式“.docx”：请另存为 .xlsx 或 .csv 后上传。")]
    public async Task Unsupported_extensions_are_refused_in_chinese(string fileName, string message)
    {
        var error = await Assert.ThrowsAsync<TabularFileException>(() => RowSources.OpenAsync(new MemoryStream([1, 2, 3]), fileName));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x22, 0x2C }, "文件内容是 Excel 工作簿（.xlsx）")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "文件内容是旧版 Excel（.xls）")]
    public async Task A_workbook_named_csv_is_refused_for_what_it_is_whatever_its_bytes(byte[] start, string message)
    {
        var bytes = start.Concat(Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))).ToArray();

        var error = await Assert.ThrowsAsync<TabularFileException>(() => RowSources.OpenAsync(new MemoryStream(bytes), "penalties.csv"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\r\n\r\n  \r\n")]
    [InlineData(",,,\r\n")]
    public async Task Empty_file_is_refused(string content)
    {
        var error = await Assert.ThrowsAsync<TabularFileException>(() => Open(Encoding.UTF8.GetBytes(content), "a.csv"));

        Assert.Contains("文件为空", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_headers_are_refused_naming_them()
    {
        var error = await Assert.ThrowsAsync<TabularFileException>(
            () => Open(Encoding.UTF8.GetBytes("行政相对人名称,处罚机关,行政相对人名称,备注,处罚机关 \r\n甲,乙,丙,丁,戊\r\n"), "a.csv"));

        Assert.Equal("表头中有重复的列名：“行政相对人名称”、“处罚机关”。请删除或改名后重新上传。", error.Message);
    }

    [Fact]
    public async Task Trailing_empty_header_cells_from_excel_are_dropped()
    {
        await using var source = await Open(Encoding.UTF8.GetBytes("a,b,,\r\n1,2,,\r\n"), "a.csv");

        Assert.Equal(["a", "b"], source.Headers);
    }

    [Fact]
    public async Task Unclosed_quote_is_reported_in_chinese()
    {
        await using var source = await Open(Encoding.UTF8.GetBytes("a,b\r\n1,\"2\"x\r\n"), "a.csv");

        var error = await Assert.ThrowsAsync<TabularFileException>(async () => await source.ReadAsync());
        Assert.Contains("引号", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_starting_with_hash_is_data_not_a_comment()
    {
        await using var source = await Open(Encoding.UTF8.GetBytes("编号,名称\r\n#12,甲公司\r\n"), "a.csv");

        Assert.True(await source.ReadAsync());
        Assert.Equal("#12", source.GetString(0));
    }

    [Fact]
    public async Task Two_hundred_thousand_generated_rows_stream_through()
    {
        await using var stream = new GeneratedCsvStream(200_000);
        await using var source = await RowSources.OpenAsync(stream, "large.csv");

        var rows = 0;
        var lastRowNumber = 0;
        while (await source.ReadAsync())
        {
            rows++;
            lastRowNumber = source.RowNumber;
        }

        Assert.Equal(200_000, rows);
        Assert.Equal(200_001, lastRowNumber);
    }

    private static Task<IRowSource> Open(byte[] bytes, string fileName) =>
        RowSources.OpenAsync(new MemoryStream(bytes), fileName);

    /// <summary>Uploads arrive as forward-only request streams: sniffing must not need Seek.</summary>
    private static Task<IRowSource> OpenForwardOnly(byte[] bytes, string fileName) =>
        RowSources.OpenAsync(new PrefixedStream(ReadOnlyMemory<byte>.Empty, new MemoryStream(bytes)), fileName);

    private static Encoding GetGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936);
    }
}
