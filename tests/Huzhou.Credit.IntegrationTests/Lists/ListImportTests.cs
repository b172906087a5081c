using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Lists;

/// <summary>
/// Bulk import of the list files the provincial and national platforms push: valid rows are in force at once with
/// their source and history, bad rows are reported with row, column and reason, a second import changes nothing,
/// XLSX works, only the city credit office may import, and the check API's credit status learns of the entries.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class ListImportTests(CreditAppFactory factory)
{
    private const string SampleFile = "省平台推送-失信被执行人-2026-11.csv";

    static ListImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_GBK_file_lists_its_valid_rows_in_force_reports_each_bad_row_and_a_second_import_changes_nothing()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (usccA, nameA, idA) = await OrganisationAsync(office, "330502");
        var (usccB, nameB, idB) = await OrganisationAsync(office, "330522");
        var personName = "沈" + Unique.ChineseFragment(2);
        var personCode = Unique.ResidentId("330502");
        var personId = await SubjectForms.CreatePersonAsync(office, personName, personCode, "330502");
        var unknown = Unique.Uscc("330503");

        var file = new ListFile();
        var goodA = file.Add("SXBZXR", nameA, usccA);                                   // row 2
        var goodB = file.Add("失信被执行人", nameB, usccB);                                // row 3: the type by its name
        var goodPerson = file.Add("SXBZXR", personName, personCode);                      // row 4
        var unknownType = file.Add("老赖名单", nameA, usccA);                               // row 5
        var badCode = file.Add("SXBZXR", nameA, "91330502MA2B3C4D5");                      // row 6: 17 characters
        var unknownSubject = file.Add("SXBZXR", "湖州" + file.Marker + "贸易有限公司", unknown); // row 7
        var future = file.Add("SXBZXR", nameB, usccB, effective: Today.AddDays(5));       // row 8: listed from a day to come
        file.Add("SXBZXR", nameA, usccA, document: "");                                   // row 9: no document number
        var bytes = file.ToCsv(Encoding.GetEncoding("GB18030"));

        var first = await ImportAsync(office, bytes, "省平台推送-失信被执行人.csv");
        var page = await HtmlPages.GetAsync(office, $"/lists/import/{first}");

        Assert.Equal((8, 3, 0, 5), Counts(page));
        Assert.Equal("GB18030", await factory.Database.ScalarAsync<string>("SELECT encoding_name FROM credit.list_imports WHERE id = $1", first));
        foreach (var (document, subject) in new[] { (goodA, idA), (goodB, idB), (goodPerson, personId) })
        {
            Assert.Equal("2|2", await factory.Database.ScalarAsync<string>(
                "SELECT status || '|' || source FROM credit.list_entries WHERE document_number = $1 AND subject_id = $2 AND import_id = $3", document, subject, first));
        }

        Assert.Equal(3, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.list_entry_changes c JOIN credit.list_entries e ON e.id = c.entry_id WHERE e.import_id = $1 AND c.old_status IS NULL AND c.new_status = 2 AND c.reason = '省平台推送，直接列入' AND c.changed_by = 'xinyongban'", first));
        Assert.Equal("330502********" + personCode[14..], await factory.Database.ScalarAsync<string>(
            "SELECT subject_code FROM credit.list_entries WHERE document_number = $1", goodPerson));

        // Each bad row with its row number, column and reason; nothing of them was written, no subject was created.
        var rejections = page.QuerySelectorAll("#rejections tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal([5, 6, 7, 8, 9], rejections.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)));
        Assert.Equal(["名单类型", "统一社会信用代码或身份证号码", "统一社会信用代码或身份证号码", "列入日期", "认定文书号"], rejections.Select(r => r[1]));
        Assert.Contains("名单类型“老赖名单”不存在", rejections[0][2], StringComparison.Ordinal);
        Assert.Contains("不是有效的统一社会信用代码或身份证号码", rejections[1][2], StringComparison.Ordinal);
        Assert.Contains("主体库中没有该代码的主体", rejections[2][2], StringComparison.Ordinal);
        Assert.Contains("晚于今天", rejections[3][2], StringComparison.Ordinal);
        Assert.Equal("认定文书号不能为空。", rejections[4][2]);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.list_entries WHERE document_number = ANY($1)", (object)new[] { unknownType, badCode, unknownSubject, future }));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE uscc = $1", unknown));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'lists.entry.import' AND detail LIKE '%导入批次 ' || $1 || '）%'", first.ToString(CultureInfo.InvariantCulture)));

        // The rejection report: UTF-8 with BOM for Excel, one line per reason.
        var report = await office.GetByteArrayAsync($"/lists/import/{first}/rejections.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, report[..3]);
        var text = Encoding.UTF8.GetString(report, 3, report.Length - 3);
        Assert.StartsWith("行号,列,原因,主体名称,统一社会信用代码或身份证号码", text, StringComparison.Ordinal);
        Assert.Contains("\n7,统一社会信用代码或身份证号码,", text, StringComparison.Ordinal);

        // The same file again: the three entries exist already, the bad rows are reported again, nothing is written.
        var second = await ImportAsync(office, bytes, "省平台推送-失信被执行人.csv");
        Assert.Equal((8, 0, 3, 5), Counts(await HtmlPages.GetAsync(office, $"/lists/import/{second}")));
        Assert.Equal(3, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.list_entries WHERE document_number = ANY($1)", (object)new[] { goodA, goodB, goodPerson }));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE import_id = $1", second));

        // The entry page says where it came from.
        var entryId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.list_entries WHERE document_number = $1", goodA);
        var entry = await HtmlPages.GetAsync(office, $"/lists/entries/{entryId}");
        Assert.Equal("已列入", entry.QuerySelector("#entry-status")!.TextContent.Trim());
        Assert.Contains("省公共信用信息平台", entry.QuerySelector("#entry-source")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_XLSX_file_from_the_national_platform_imports_and_defaults_the_expiry_and_basis_from_the_list_type()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (uscc, name, id) = await OrganisationAsync(office, "330523");
        var document = $"湖税稽罚〔2026〕{Unique.Digits(6)}号";
        var effective = Today.AddDays(-20);

        var workbook = Workbook(
            ["名单类别", "当事人名称", "统一社会信用代码", "决定文书号", "认定部门", "认定日期", "列入日期", "数据来源"],
            ["ZDSSWF", name, uscc, document, "国家税务总局湖州市税务局稽查局", effective.AddDays(-3), effective, "全国信用信息共享平台"]);
        var import = await ImportAsync(office, workbook, "全国平台-重大税收违法.xlsx", source: "NationalPlatform");
        var page = await HtmlPages.GetAsync(office, $"/lists/import/{import}");

        Assert.Equal((1, 1, 0, 0), Counts(page));
        Assert.Contains("数据来源", page.QuerySelector("#ignored-columns")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("XLSX", await factory.Database.ScalarAsync<string>("SELECT file_format FROM credit.list_imports WHERE id = $1", import));
        Assert.Equal(3, await factory.Database.ScalarAsync<short>("SELECT source FROM credit.list_entries WHERE subject_id = $1 AND document_number = $2", id, document));
        Assert.Equal(effective.AddMonths(36).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await factory.Database.ScalarAsync<string>("SELECT expires_on::text FROM credit.list_entries WHERE subject_id = $1 AND document_number = $2", id, document));
        Assert.Contains("税务总局令第54号", await factory.Database.ScalarAsync<string>("SELECT basis FROM credit.list_entries WHERE subject_id = $1 AND document_number = $2", id, document), StringComparison.Ordinal);
        Assert.Equal("国家平台推送，直接列入", await factory.Database.ScalarAsync<string>(
            "SELECT c.reason FROM credit.list_entry_changes c JOIN credit.list_entries e ON e.id = c.entry_id WHERE e.subject_id = $1 AND e.document_number = $2", id, document));
    }

    [Fact]
    public async Task Only_the_city_credit_office_may_import()
    {
        using var department = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var districtOffice = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (uscc, name, _) = await OrganisationAsync(office, "330502");
        var file = new ListFile();
        var document = file.Add("SXBZXR", name, uscc);

        var lists = await HtmlPages.GetAsync(department, "/lists");
        using var departmentForm = await department.GetAsync("/lists/import");
        using var districtForm = await districtOffice.GetAsync("/lists/import");
        // A token the department legitimately holds (any of its forms), so only the role decides.
        var token = HtmlPages.AntiforgeryToken(await HtmlPages.GetAsync(department, "/lists/propose"));
        using var posted = await PostFileAsync(department, token, file.ToCsv(Encoding.UTF8), "a.csv", "ProvincialPlatform");

        Assert.Null(lists.QuerySelector("#import"));
        Assert.NotNull((await HtmlPages.GetAsync(office, "/lists")).QuerySelector("#import"));
        Identity.RoleAccessTests.AssertDenied(departmentForm, "/lists/import (部门工作人员)");
        Identity.RoleAccessTests.AssertDenied(districtForm, "/lists/import (区县信用办)");
        Identity.RoleAccessTests.AssertDenied(posted, "POST /lists/import (部门工作人员)");
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = $1", document));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_imports WHERE imported_by IN ('scjg.staff', 'changxing.xyb')"));
    }

    [Fact]
    public async Task After_an_import_the_subjects_credit_status_for_the_check_API_holds_the_entry()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var (uscc, name, id) = await OrganisationAsync(office, "330521");
        await factory.SettleEventsAsync();
        var file = new ListFile();
        var document = file.Add("SXBZXR", name, uscc, authority: "德清县人民法院");

        await ImportAsync(office, file.ToCsv(Encoding.GetEncoding("GB18030")), "status.csv");
        await factory.SettleEventsAsync();

        var lists = await factory.Database.ScalarAsync<string>("SELECT lists::text FROM credit.sanction_credit_status WHERE subject_id = $1", id);
        Assert.Contains(document, lists, StringComparison.Ordinal);
        Assert.Contains("SXBZXR", lists, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_cannot_be_imported_is_refused_as_a_whole_with_the_reason()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var before = await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_imports");

        var missing = await RefusedAsync(office, Encoding.UTF8.GetBytes("名单类型,主体名称,统一社会信用代码\nSXBZXR,湖州某某有限公司,91330502MA2B3C4D5E\n"), "short.csv");
        var xls = await RefusedAsync(office, [0xD0, 0xCF, 0x11, 0xE0], "old.xls");
        var empty = await RefusedAsync(office, Encoding.UTF8.GetBytes(string.Join(',', ListFile.Headers) + "\n"), "header-only.csv");

        Assert.Contains("文件缺少必需的列：认定文书号、认定机关、认定日期、列入日期", missing, StringComparison.Ordinal);
        Assert.Contains("不支持的文件格式", xls, StringComparison.Ordinal);
        Assert.Contains("没有数据行", empty, StringComparison.Ordinal);
        Assert.Equal(before, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_imports"));
    }

    [Fact]
    public async Task The_sample_provincial_file_imports_without_rejections()
    {
        // samples/lists names organisations of the demo city the tests seed (see SampleListFileTests). Its entries
        // were listed in autumn 2026 and stay in force for 24 months, so it imports whole until September 2028.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "lists", SampleFile));

        var import = await ImportAsync(office, bytes, SampleFile);
        var (received, imported, unchanged, rejected) = Counts(await HtmlPages.GetAsync(office, $"/lists/import/{import}"));

        Assert.InRange(received, 20, 30);
        Assert.Equal(0, rejected);
        Assert.Equal(received, imported + unchanged);
    }

    private static async Task<(string Uscc, string Name, long Id)> OrganisationAsync(HttpClient office, string district)
    {
        var uscc = Unique.Uscc(district);
        var name = $"湖州{Unique.ChineseFragment()}实业有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, district);
        return (uscc, name, id);
    }

    private async Task<long> ImportAsync(HttpClient client, byte[] bytes, string fileName, string source = "ProvincialPlatform")
    {
        var id = await QueueImportAsync(client, bytes, fileName, source);
        // Tests run without the Hangfire server: run the job the upload queued.
        await RunImportJobAsync(factory, id);
        return id;
    }

    /// <summary>Uploads the file; the import is queued (its page is where the POST redirects). Returns its id.</summary>
    internal static async Task<long> QueueImportAsync(HttpClient client, byte[] bytes, string fileName, string source = "ProvincialPlatform")
    {
        var form = await HtmlPages.GetAsync(client, "/lists/import");
        using var response = await PostFileAsync(client, HtmlPages.AntiforgeryToken(form), bytes, fileName, source);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        return long.Parse(HtmlPages.Location(response).Split('/')[3], CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the background job of an import as the job server would.</summary>
    internal static async Task RunImportJobAsync(CreditAppFactory factory, long importId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Lists.Jobs.ListImportJob>().RunAsync(importId, CancellationToken.None);
    }

    private static async Task<string> RefusedAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var form = await HtmlPages.GetAsync(client, "/lists/import");
        using var response = await PostFileAsync(client, HtmlPages.AntiforgeryToken(form), bytes, fileName, "ProvincialPlatform");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        return string.Join(" ", page.QuerySelectorAll("#import-error, .invalid-feedback").Select(e => e.TextContent.Trim()));
    }

    internal static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string token, byte[] bytes, string fileName, string source)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), HtmlPages.AntiforgeryField },
            { new StringContent(source), "source" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/lists/import", form);
    }

    /// <summary>收到, 列入, 已存在, 退回 as the result page shows them.</summary>
    internal static (int Received, int Imported, int Unchanged, int Rejected) Counts(IHtmlDocument page)
    {
        int Count(string id) => int.Parse(page.QuerySelector($"#count-{id}")!.TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return (Count("received"), Count("imported"), Count("unchanged"), Count("rejected"));
    }

    /// <summary>A one-sheet workbook: a header row of shared strings, data rows of inline strings and dates as Excel stores them (serial numbers with a date format).</summary>
    private static byte[] Workbook(string[] headers, params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(new Row(headers.Select((h, i) => new Cell(new CellValue(i)) { CellReference = Column(i) + "1", DataType = CellValues.SharedString })) { RowIndex = 1 });
            for (var r = 0; r < rows.Length; r++)
            {
                var number = (uint)(r + 2);
                data.Append(new Row(rows[r].Select((value, i) => value switch
                {
                    DateOnly date => new Cell(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture))) { CellReference = Column(i) + number, StyleIndex = 1 },
                    _ => new Cell(new InlineString(new Text(value.ToString()!))) { CellReference = Column(i) + number, DataType = CellValues.InlineString },
                })) { RowIndex = number });
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "名单", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(headers.Select(h => new SharedStringItem(new Text(h))));
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        }

        return stream.ToArray();

        static string Column(int index) => ((char)('A' + index)).ToString();
    }

    /// <summary>A list file with the standard Chinese headers, as the provincial platform pushes it.</summary>
    internal sealed class ListFile
    {
        public static readonly string[] Headers = ["名单类型", "主体名称", "统一社会信用代码或身份证号码", "认定文书号", "认定机关", "认定日期", "列入日期", "有效期至", "认定依据"];

        private readonly List<string[]> _rows = [];

        public string Marker { get; } = Unique.ChineseFragment(3);

        /// <summary>Adds a row; returns its document number (unique unless given).</summary>
        public string Add(string type, string name, string code, string? document = null, DateOnly? effective = null, string authority = "湖州市吴兴区人民法院")
        {
            var number = document ?? $"（2026）浙0502执{Unique.Digits(6)}号";
            var decision = Today.AddDays(-10);
            var from = effective ?? decision.AddDays(3);
            _rows.Add([type, name, code, number, authority, decision.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", ""]);
            return number;
        }

        public byte[] ToCsv(Encoding encoding)
        {
            var text = new StringBuilder();
            text.AppendLine(string.Join(',', Headers));
            foreach (var row in _rows)
            {
                text.AppendLine(string.Join(',', row.Select(c => c.Contains(',', StringComparison.Ordinal) ? "\"" + c + "\"" : c)));
            }

            return encoding.GetBytes(text.ToString());
        }
    }
}
