using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Collection;

[Collection(CreditCollection.Name)]
public sealed class CollectionUploadTests(CreditAppFactory factory)
{
    static CollectionUploadTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Gbk_penalty_file_with_standard_headers_imports_explains_bad_rows_and_is_idempotent()
    {
        var file = new PenaltyFile();
        var good1 = file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "科技有限公司");
        var good2 = file.AddEnterprise(Unique.Uscc("330522"), "长兴" + file.Marker + "蓄电池有限公司", kinds: "警告、罚款", fine: "60");
        file.AddRaw("湖州" + file.Marker + "贸易有限公司", "91330502MA2B3C4D5", "2026-10-01");           // row 4: code too short
        var person = file.AddPerson(Unique.ResidentId("330502"), "沈" + file.Marker);
        file.AddRaw("湖州" + file.Marker + "建材有限公司", Unique.Uscc(), "2026-02-30");                  // row 6: impossible date
        var bytes = file.ToCsv(Encoding.GetEncoding("GB18030"));
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var first = await UploadAndProcessAsync(staff, bytes, "行政处罚双公示.csv");

        Assert.Equal((5L, 3L, 0L, 0L, 2L), await CountsAsync(first));
        Assert.Equal("GB18030", await factory.Database.ScalarAsync<string>("SELECT encoding_name FROM credit.collection_batches WHERE id = $1", first));
        var rejectedRows = await factory.Database.ScalarAsync<int[]>("SELECT array_agg(row_number ORDER BY row_number) FROM credit.collection_rejections WHERE batch_id = $1", first);
        Assert.Equal([4, 6], rejectedRows);
        var reasons = await factory.Database.ScalarAsync<string[]>("SELECT array_agg(reason ORDER BY row_number) FROM credit.collection_rejections WHERE batch_id = $1", first);
        Assert.Contains("18", reasons[0], StringComparison.Ordinal);
        Assert.Contains("2026-02-30", reasons[1], StringComparison.Ordinal);

        // The records hang off their subjects; the unknown enterprises and the person became pending subjects.
        Assert.Equal(3L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_records WHERE source_key = ANY($1)", (object)new[] { good1, good2, person }));
        Assert.Equal(3L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.subjects WHERE name LIKE $1", "%" + file.Marker + "%"));

        // The batch page shows the counts and the reasons; the report downloads with row numbers.
        var page = await HtmlPages.GetAsync(staff, $"/collection/batches/{first}");
        Assert.Equal(2, page.QuerySelectorAll("#rejections tbody tr").Length);
        // The report is in the delivered format (a GB18030 CSV): the delivered columns, then 行号 and 原因.
        var reportBytes = await staff.GetByteArrayAsync($"/collection/batches/{first}/rejections.csv");
        Assert.NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, reportBytes[..3]);
        var report = Encoding.GetEncoding("GB18030").GetString(reportBytes);
        Assert.StartsWith(string.Join(',', PenaltyFile.Headers.Select(h => h.Contains(',', StringComparison.Ordinal) ? $"\"{h}\"" : h)) + ",行号,原因", report, StringComparison.Ordinal);
        Assert.Contains("91330502MA2B3C4D5", report, StringComparison.Ordinal);
        Assert.Contains(",4,", report, StringComparison.Ordinal);

        // The same file again changes nothing.
        var second = await UploadAndProcessAsync(staff, bytes, "行政处罚双公示.csv");
        Assert.Equal((5L, 0L, 0L, 3L, 2L), await CountsAsync(second));
        Assert.Equal(3L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_records WHERE source_key = ANY($1)", (object)new[] { good1, good2, person }));
    }

    [Fact]
    public async Task Utf8_file_with_a_changed_row_updates_that_record_only()
    {
        var file = new PenaltyFile();
        var uscc = Unique.Uscc();
        file.AddEnterprise(uscc, "湖州" + file.Marker + "物流有限公司", fine: "0.5");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var first = await UploadAndProcessAsync(staff, file.ToCsv(new UTF8Encoding(true)), "penalties.csv");
        Assert.Equal((1L, 1L, 0L, 0L, 0L), await CountsAsync(first));

        var changed = new PenaltyFile();
        var number = (await factory.Database.ScalarAsync<string>("SELECT source_key FROM credit.credit_records r JOIN credit.subjects s ON s.id = r.subject_id WHERE s.uscc = $1", uscc))!;
        changed.AddEnterprise(uscc, "湖州" + file.Marker + "物流有限公司", fine: "0.8");
        var rows = changed.ToCsv(Encoding.UTF8);
        var text = Encoding.UTF8.GetString(rows);
        text = System.Text.RegularExpressions.Regex.Replace(text, "湖市监处罚〔2026〕\\d{6}号", number);
        var second = await UploadAndProcessAsync(staff, Encoding.UTF8.GetBytes(text), "penalties.csv");

        Assert.Equal((1L, 0L, 1L, 0L, 0L), await CountsAsync(second));
    }

    [Fact]
    public async Task An_imported_record_stores_positional_values_and_its_page_labels_them_from_the_catalogue()
    {
        var file = new PenaltyFile();
        var uscc = Unique.Uscc();
        file.AddEnterprise(uscc, "湖州" + file.Marker + "建材有限公司", fine: "0.5");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        await UploadAndProcessAsync(staff, file.ToCsv(new UTF8Encoding(true)), "penalties.csv");
        var subjectId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc);
        var recordId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE subject_id = $1", subjectId);
        var number = await factory.Database.ScalarAsync<string>("SELECT source_key FROM credit.credit_records WHERE subject_id = $1", subjectId);

        Assert.Equal("array", await factory.Database.ScalarAsync<string>("SELECT json_typeof(payload::json) FROM credit.credit_records WHERE subject_id = $1", subjectId));
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, $"/subjects/{subjectId}/records/{recordId}");
        var fields = page.QuerySelector("#record-fields")!;
        var labels = fields.QuerySelectorAll("dt").Select(d => d.TextContent).ToList();
        var values = fields.QuerySelectorAll("dd").Select(d => d.TextContent).ToList();
        Assert.Contains("行政处罚决定书文号", labels);
        Assert.Equal(number, values[labels.IndexOf("行政处罚决定书文号")]);
        Assert.Equal(uscc, values[labels.IndexOf("行政相对人代码_1（统一社会信用代码）")]);
    }

    [Fact]
    public async Task File_missing_a_required_column_cannot_be_imported()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var csv = Encoding.UTF8.GetBytes("行政相对人名称,备注\n湖州某某有限公司,无\n");

        var preview = await UploadAsync(staff, csv, "bad.csv");
        var page = await HtmlPages.GetAsync(staff, preview);

        Assert.Contains("文件缺少必填列", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#confirm-import"));
    }

    [Fact]
    public async Task Xls_file_is_refused_with_a_Chinese_message()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var upload = await HtmlPages.GetAsync(staff, "/collection/upload");

        using var response = await PostFileAsync(staff, upload, [1, 2, 3], "old.xls");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不支持的文件格式", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Department_staff_sees_only_their_department_batches()
    {
        var file = new PenaltyFile();
        file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "餐饮有限公司");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var batch = await UploadAndProcessAsync(staff, file.ToCsv(Encoding.UTF8), "one.csv");

        using var other = await SignedInClient.CreateAsync(factory, "changxing.staff");
        using var hidden = await other.GetAsync($"/collection/batches/{batch}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var shown = await office.GetAsync($"/collection/batches/{batch}");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
    }

    private async Task<long> UploadAndProcessAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var previewUrl = await UploadAsync(client, bytes, fileName);
        var preview = await HtmlPages.GetAsync(client, previewUrl);
        using var confirmed = await HtmlPages.PostFormAsync(client, preview, "form[action$='/confirm']", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var id = long.Parse(previewUrl.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);

        // Tests run without the Hangfire server: run the job the confirmation queued.
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(id, CancellationToken.None);
        return id;
    }

    private static async Task<string> UploadAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var upload = await HtmlPages.GetAsync(client, "/collection/upload");
        using var response = await PostFileAsync(client, upload, bytes, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        return HtmlPages.Location(response);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, IHtmlDocument upload, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(upload)), HtmlPages.AntiforgeryField },
            { new StringContent("XZCF"), "itemCode" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/collection/upload", form);
    }

    private async Task<(long Received, long Inserted, long Updated, long Unchanged, long Rejected)> CountsAsync(long batch)
    {
        var status = await factory.Database.ScalarAsync<short>("SELECT status FROM credit.collection_batches WHERE id = $1", batch);
        var error = await factory.Database.ScalarAsync<string?>("SELECT error FROM credit.collection_batches WHERE id = $1", batch);
        Assert.True(status == 4, $"batch {batch} ended in status {status}: {error}");
        var counts = await factory.Database.ScalarAsync<long[]>(
            "SELECT ARRAY[received, inserted, updated, unchanged, rejected] FROM credit.collection_batches WHERE id = $1", batch);
        return (counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
}
