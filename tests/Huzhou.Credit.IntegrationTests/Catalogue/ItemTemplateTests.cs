using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Catalogue;

[Collection(CreditCollection.Name)]
public sealed class ItemTemplateTests(CreditAppFactory factory)
{
    private static readonly string[] RuleHeaders = ["字段", "类型", "必填", "长度上限", "取值（代码 名称 / 同义词）", "单位/范围", "可填“长期”", "说明"];

    [Theory]
    [InlineData("XZCF", "行政处罚信息", "行政处罚决定书文号")]
    [InlineData("XZXK", "行政许可信息", "行政许可决定文书号")]
    public async Task Downloaded_xlsx_template_has_the_item_columns_the_rules_sheet_and_its_example_row_imports_unchanged(
        string itemCode, string itemName, string sourceKeyColumn)
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var labels = await FieldLabelsAsync(staff, itemCode);

        using var response = await staff.GetAsync($"/catalogue/{itemCode}/template?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.StartsWith($"{itemCode}_template_v", disposition.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Matches($"^{itemCode}_{itemName}_报送模板_v[0-9]+\\.xlsx$", Uri.UnescapeDataString(disposition.FileNameStar!.Trim('"')));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        string sourceKey;
        using (var file = new MemoryStream(bytes))
        await using (var source = await RowSources.OpenAsync(file, "template.xlsx"))
        {
            Assert.Equal(labels, source.Headers);
            Assert.True(await source.ReadAsync());
            sourceKey = source.GetString(labels.IndexOf(sourceKeyColumn));
            Assert.NotEmpty(sourceKey);
            Assert.False(await source.ReadAsync(), "the template has one example row");
        }

        var rules = RulesSheet(bytes);
        Assert.Equal(RuleHeaders, rules[0]);
        Assert.Equal(labels, rules.Skip(1).Select(r => r[0]));
        var categoryRule = rules.Single(r => r[0] == "行政相对人类别");
        Assert.Equal("是", categoryRule[2]);
        Assert.Contains("01 自然人", categoryRule[4], StringComparison.Ordinal);

        var batch = await UploadAndProcessAsync(staff, itemCode, bytes, $"{itemCode}_报送模板.xlsx");

        var (received, stored, rejected) = await CountsAsync(batch);
        Assert.True(rejected == 0, await RejectionsAsync(batch));
        Assert.Equal((1L, 1L), (received, stored));
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE source_key = $1", sourceKey) >= 1);
    }

    [Theory]
    [InlineData("csv-gb18030", "GB18030", "text/csv; charset=GB18030")]
    [InlineData("csv-utf8", "UTF-8", "text/csv; charset=utf-8")]
    public async Task Csv_templates_carry_the_header_and_the_example_row_in_their_encoding_and_import(string format, string encoding, string contentType)
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var labels = await FieldLabelsAsync(staff, "XZCF");

        using var response = await staff.GetAsync($"/catalogue/XZCF/template?format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.EndsWith($"_{encoding}.csv", Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.FileNameStar!.Trim('"')), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(encoding == "UTF-8", bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        await using (var source = await RowSources.OpenAsync(new MemoryStream(bytes), "template.csv"))
        {
            Assert.Equal(encoding, source.EncodingName);
            Assert.Equal(labels, source.Headers);
            Assert.True(await source.ReadAsync());
            Assert.Equal("湖州示例纺织科技有限公司", source.GetString(0));
            Assert.False(await source.ReadAsync());
        }

        var batch = await UploadAndProcessAsync(staff, "XZCF", bytes, "XZCF_报送模板.csv");

        var (received, stored, rejected) = await CountsAsync(batch);
        Assert.True(rejected == 0, await RejectionsAsync(batch));
        Assert.Equal((1L, 1L), (received, stored));
    }

    [Fact]
    public async Task Every_catalogue_reader_gets_the_template_links_and_the_kiosk_does_not_get_the_file()
    {
        foreach (var user in new[] { "scjg.staff", "scjg.reviewer", "xinyongban", "admin" })
        {
            using var client = await SignedInClient.CreateAsync(factory, user);
            var page = await HtmlPages.GetAsync(client, "/catalogue/XZXK");
            var links = page.QuerySelectorAll("#template-downloads a").Select(a => a.GetAttribute("href") ?? "").ToArray();
            Assert.Equal(
                ["/catalogue/XZXK/template?format=xlsx", "/catalogue/XZXK/template?format=csv-gb18030", "/catalogue/XZXK/template?format=csv-utf8"],
                links);
            using var file = await client.GetAsync(links[0]);
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{user}: {(int)file.StatusCode}");
        }

        using var kiosk = await SignedInClient.CreateAsync(factory, "kiosk");
        using var denied = await kiosk.GetAsync("/catalogue/XZXK/template?format=xlsx");
        Assert.True(denied.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"kiosk: {(int)denied.StatusCode}");
        Assert.NotEqual(XlsxWriter.ContentType, denied.Content.Headers.ContentType?.MediaType);

        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var unknownFormat = await staff.GetAsync("/catalogue/XZXK/template?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, unknownFormat.StatusCode);
        using var unknownItem = await staff.GetAsync("/catalogue/NOSUCH/template?format=xlsx");
        Assert.Equal(HttpStatusCode.NotFound, unknownItem.StatusCode);
    }

    [Fact]
    public async Task Upload_wizard_links_the_chosen_item_template_by_url()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var page = await HtmlPages.GetAsync(staff, "/collection/upload?item=XZCF");

        var panel = page.QuerySelector("#template-link")!;
        Assert.DoesNotContain("d-none", panel.ClassList);
        Assert.Equal("/catalogue/XZCF/template?format=xlsx", page.QuerySelector("#template-download")!.GetAttribute("href"));
        Assert.Equal("/catalogue/{code}/template?format=xlsx", panel.GetAttribute("data-template-url"));
    }

    private static async Task<List<string>> FieldLabelsAsync(HttpClient client, string itemCode)
    {
        var page = await HtmlPages.GetAsync(client, $"/catalogue/{itemCode}");
        return page.QuerySelectorAll("#fields tbody tr").Select(tr => tr.Children[2].TextContent.Trim()).ToList();
    }

    private static List<string[]> RulesSheet(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["报送数据", "字段说明"], sheets.Select(s => s.Name!.Value));
        var part = (WorksheetPart)workbook.GetPartById(sheets[1].Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(row => ExpandRow(row))
            .ToList();
    }

    // Cells may be left out when empty (no reference written): place them by their position in the row.
    private static string[] ExpandRow(Row row) => row.Elements<Cell>().Select(c => c.InnerText).Concat(Enumerable.Repeat("", 8)).Take(8).ToArray();

    private async Task<long> UploadAndProcessAsync(HttpClient client, string itemCode, byte[] bytes, string fileName)
    {
        var upload = await HtmlPages.GetAsync(client, "/collection/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(upload)), HtmlPages.AntiforgeryField },
            { new StringContent(itemCode), "itemCode" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var uploaded = await client.PostAsync("/collection/upload", form);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await uploaded.Content.ReadAsStringAsync()));
        var previewUrl = HtmlPages.Location(uploaded);
        var preview = await HtmlPages.GetAsync(client, previewUrl);
        using var confirmed = await HtmlPages.PostFormAsync(client, preview, "form[action$='/confirm']", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var id = long.Parse(previewUrl.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);

        // Tests run without the Hangfire server: run the job the confirmation queued.
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(id, CancellationToken.None);
        return id;
    }

    private async Task<(long Received, long Stored, long Rejected)> CountsAsync(long batch)
    {
        var status = await factory.Database.ScalarAsync<short>("SELECT status FROM credit.collection_batches WHERE id = $1", batch);
        var error = await factory.Database.ScalarAsync<string?>("SELECT error FROM credit.collection_batches WHERE id = $1", batch);
        Assert.True(status == 4, $"batch {batch} ended in status {status}: {error}");
        var counts = await factory.Database.ScalarAsync<long[]>(
            "SELECT ARRAY[received, inserted + updated + unchanged, rejected] FROM credit.collection_batches WHERE id = $1", batch);
        return (counts[0], counts[1], counts[2]);
    }

    private async Task<string> RejectionsAsync(long batch) =>
        "rejected: " + await factory.Database.ScalarAsync<string?>(
            "SELECT string_agg(coalesce(field_label, '') || '：' || reason, '；') FROM credit.collection_rejections WHERE batch_id = $1", batch);
}
