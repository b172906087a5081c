using System.IO.Compression;
using System.Text;
using Huzhou.Credit.SharedKernel.Tabular;

namespace Huzhou.Credit.UnitTests.Tabular;

/// <summary>Measures process-wide allocation, so nothing else may run alongside.</summary>
[CollectionDefinition(nameof(MemoryMeasured), DisableParallelization = true)]
public sealed class MemoryMeasured;

/// <summary>
/// Files built to hurt the server (issue #23: zip bombs, a 2,000,000-column row, megabyte cells) are refused while
/// they are read, with a Chinese reason, and the read allocates a bounded amount whatever the file unpacks to.
/// </summary>
[Collection(nameof(MemoryMeasured))]
public sealed class HostileFileTests
{
    // Generous: a refused read allocates a few megabytes; the files below would take gigabytes if read whole.
    private const long MemoryBound = 200L * 1024 * 1024;

    [Fact]
    public async Task Xlsx_whose_shared_strings_unpack_to_a_thousand_megabytes_is_refused_for_its_compression_ratio()
    {
        var item = "<si><t>湖州市某某建材有限公司未按规定公示年度报告</t></si>"u8.ToArray();
        var bytes = Workbook(SheetWithSharedString, sharedStrings: zip => Repeat(zip, item, 1000L * 1024 * 1024));

        var (error, allocated) = await RefusedAsync(bytes, "bomb.xlsx");

        Assert.Contains("压缩比", error.Message, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, MemoryBound);
    }

    [Fact]
    public async Task Xlsx_shared_strings_past_the_memory_budget_are_refused_with_a_hint_to_save_as_csv()
    {
        // 1.6 million distinct texts (about 75 MB as strings) compress only ~10:1, so the ratio check lets them through.
        var bytes = Workbook(SheetWithSharedString, sharedStrings: zip =>
        {
            var text = new StringBuilder();
            for (var i = 0; i < 1_600_000; i++)
            {
                text.Append("<si><t>").Append(i.ToString("D12", System.Globalization.CultureInfo.InvariantCulture)).Append("</t></si>");
                if (text.Length > 60_000)
                {
                    zip.Write(Encoding.UTF8.GetBytes(text.ToString()));
                    text.Clear();
                }
            }

            zip.Write(Encoding.UTF8.GetBytes(text.ToString()));
        });

        var (error, allocated) = await RefusedAsync(bytes, "strings.xlsx");

        Assert.Contains("共享文本过大", error.Message, StringComparison.Ordinal);
        Assert.Contains("CSV", error.Message, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, MemoryBound);
    }

    [Fact]
    public async Task Xlsx_with_a_ten_megabyte_cell_is_refused_at_the_excel_cell_limit()
    {
        var bytes = Workbook(zip =>
        {
            zip.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""u8);
            zip.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>"""u8);
            zip.Write("""<row r="2"><c r="A2" t="inlineStr"><is><t>"""u8);
            // 10 million random CJK characters: they hardly compress, so only the cell limit can stop them.
            var random = new Random(23);
            var chunk = new StringBuilder();
            for (var i = 0; i < 10_000; i++)
            {
                chunk.Clear();
                for (var j = 0; j < 1_000; j++)
                {
                    chunk.Append((char)random.Next(0x4E00, 0x9FA5));
                }

                zip.Write(Encoding.UTF8.GetBytes(chunk.ToString()));
            }

            zip.Write("</t></is></c></row></sheetData></worksheet>"u8);
        });

        var (error, allocated) = await RefusedAsync(bytes, "cell.xlsx", readRows: true);

        Assert.Contains("32,767", error.Message, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, MemoryBound);
    }

    [Fact]
    public async Task Xlsx_cell_just_past_the_excel_limit_is_refused_with_its_row_and_column()
    {
        var bytes = Workbook(zip =>
        {
            zip.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""u8);
            zip.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>"""u8);
            zip.Write(Encoding.UTF8.GetBytes($"""<row r="2"><c r="A2" t="inlineStr"><is><t>{new string('x', 32_768)}</t></is></c></row>"""));
            zip.Write("</sheetData></worksheet>"u8);
        });

        var (error, _) = await RefusedAsync(bytes, "cell.xlsx", readRows: true);

        Assert.Contains("第 2 行第 1 列", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_row_with_two_million_columns_is_refused_at_the_column_limit()
    {
        var csv = new StringBuilder("名称,代码\r\n", 4_100_000);
        csv.Insert(csv.Length, "x,", 2_000_000).Append("\r\n");
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());

        var (error, allocated) = await RefusedAsync(bytes, "wide.csv", readRows: true);

        Assert.Contains("第 2 行超过 1,000 列", error.Message, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, MemoryBound);
    }

    [Fact]
    public async Task Csv_with_a_ten_megabyte_cell_is_refused_at_the_excel_cell_limit()
    {
        var csv = new StringBuilder("名称,违法事实\r\n甲公司,\"", 10_500_000);
        csv.Append('x', 10 * 1024 * 1024).Append("\"\r\n");
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());

        var (error, allocated) = await RefusedAsync(bytes, "long.csv", readRows: true);

        Assert.Contains("第 2 行第 2 列的单元格超过 32,767 个字符", error.Message, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, MemoryBound);
    }

    [Fact]
    public async Task Csv_within_the_limits_still_reads_quoted_delimiters_and_line_breaks()
    {
        var cell = new string('x', 32_000);
        var bytes = Encoding.UTF8.GetBytes($"名称,说明\r\n\"甲,\"\"乙\"\"\",\"{cell}\r\n下一行\"\r\n丙,丁\r\n");
        await using var source = await RowSources.OpenAsync(new MemoryStream(bytes), "ok.csv");

        Assert.True(await source.ReadAsync());
        Assert.Equal("甲,\"乙\"", source.GetString(0));
        Assert.True(await source.ReadAsync());
        Assert.Equal(["丙", "丁"], [source.GetString(0), source.GetString(1)]);
    }

    private const string SheetWithSharedString =
        """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
        + """<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>""";

    private static async Task<(TabularFileException Error, long Allocated)> RefusedAsync(byte[] bytes, string name, bool readRows = false)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var error = await Assert.ThrowsAsync<TabularFileException>(async () =>
        {
            await using var source = await RowSources.OpenAsync(new MemoryStream(bytes), name);
            while (readRows && await source.ReadAsync())
            {
            }
        });
        return (error, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    private static byte[] Workbook(string sheet, Action<Stream>? sharedStrings = null) =>
        Workbook(zip => zip.Write(Encoding.UTF8.GetBytes(sheet)), sharedStrings);

    /// <summary>A minimal workbook written part by part, so a gigabyte part is streamed into a small archive.</summary>
    private static byte[] Workbook(Action<Stream> sheet, Action<Stream>? sharedStrings = null)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            const string Main = "application/vnd.openxmlformats-officedocument.spreadsheetml";
            const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Part(zip, "[Content_Types].xml", s => s.Write(Encoding.UTF8.GetBytes(
                """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"""
                + """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"""
                + """<Default Extension="xml" ContentType="application/xml"/>"""
                + $"""<Override PartName="/xl/workbook.xml" ContentType="{Main}.sheet.main+xml"/>"""
                + $"""<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{Main}.worksheet+xml"/>"""
                + $"""<Override PartName="/xl/sharedStrings.xml" ContentType="{Main}.sharedStrings+xml"/></Types>""")));
            Part(zip, "_rels/.rels", s => s.Write(Encoding.UTF8.GetBytes(
                """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
                + $"""<Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""")));
            Part(zip, "xl/workbook.xml", s => s.Write(Encoding.UTF8.GetBytes(
                $"""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{Relationships}">"""
                + """<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""")));
            Part(zip, "xl/_rels/workbook.xml.rels", s => s.Write(Encoding.UTF8.GetBytes(
                """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
                + $"""<Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/>"""
                + (sharedStrings is null ? "" : $"""<Relationship Id="rId2" Type="{Relationships}/sharedStrings" Target="sharedStrings.xml"/>""")
                + "</Relationships>")));
            Part(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings is not null)
            {
                Part(zip, "xl/sharedStrings.xml", CompressionLevel.Optimal, s =>
                {
                    s.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""u8);
                    sharedStrings(s);
                    s.Write("</sst>"u8);
                });
            }
        }

        return output.ToArray();
    }

    private static void Part(ZipArchive zip, string name, Action<Stream> write) =>
        Part(zip, name, CompressionLevel.Fastest, write);

    private static void Part(ZipArchive zip, string name, CompressionLevel level, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, level).Open();
        write(stream);
    }

    /// <summary>Streams <paramref name="bytes"/> of <paramref name="unit"/> repeated, in 1 MB writes.</summary>
    private static void Repeat(Stream stream, byte[] unit, long bytes)
    {
        var block = new byte[(1024 * 1024 / unit.Length) * unit.Length];
        for (var i = 0; i < block.Length; i += unit.Length)
        {
            unit.CopyTo(block, i);
        }

        for (long written = 0; written < bytes; written += block.Length)
        {
            stream.Write(block);
        }
    }
}
