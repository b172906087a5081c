using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>The wizard a department clerk needs (issue #22 §3): preview check, manual mapping, a report to fix and upload again.</summary>
[Collection(CreditCollection.Name)]
public sealed class RejectionReportTests(CreditAppFactory factory)
{
    private static readonly Encoding Gb18030 = CodePagesGb18030();

    private static Encoding CodePagesGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static int Column(string header) => Array.IndexOf(PenaltyFile.Headers, header);

    /// <summary>Two good rows, a negative fine, a code of 17 characters (with a formula-like fact and a legal representative's ID).</summary>
    private static (PenaltyFile File, string ShortCode, string GoodCode) FileWithTwoBadRows()
    {
        var file = new PenaltyFile();
        file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "纺织有限公司");
        file.AddEnterprise(Unique.Uscc("330503"), "南浔" + file.Marker + "木业有限公司");
        var negative = file.AddEnterprise(Unique.Uscc("330521"), "德清" + file.Marker + "建材有限公司", fine: "-2");
        _ = negative;
        var goodCode = Unique.Uscc("330523");
        var shortCode = goodCode[..17];
        file.AddRaw("安吉" + file.Marker + "竹业有限公司", shortCode, "2026-10-01");
        file.Rows[3][Column("违法事实")] = "=1+1 虚报注册资本";
        return (file, shortCode, goodCode);
    }

    [Fact]
    public async Task A_gb18030_rejection_report_is_fixed_and_uploaded_again_as_it_is()
    {
        var (file, shortCode, goodCode) = FileWithTwoBadRows();
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var first = await UploadAndProcessAsync(staff, file.ToCsv(Gb18030), "处罚.csv");
        Assert.Equal((4L, 2L, 2L), await CountsAsync(first));

        var bytes = await staff.GetByteArrayAsync($"/collection/batches/{first}/rejections.csv");
        var report = Gb18030.GetString(bytes);
        Assert.StartsWith("行政相对人名称,", report, StringComparison.Ordinal);
        Assert.Contains(",行号,原因\r\n", report, StringComparison.Ordinal);
        Assert.Contains("'=1+1 虚报注册资本", report, StringComparison.Ordinal);   // neutralised for spreadsheets
        Assert.Contains("不能为负数", report, StringComparison.Ordinal);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'collection.rejections.download' AND detail LIKE '%批次 ' || $1 || ' %'", first.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // The clerk fixes the two cells and uploads the report itself (行号 and 原因 are ignored).
        var fixedReport = report.Replace(",'-2,", ",2,", StringComparison.Ordinal).Replace(shortCode + ",", goodCode + ",", StringComparison.Ordinal);
        var second = await UploadAndProcessAsync(staff, Gb18030.GetBytes(fixedReport), "处罚_退回修改.csv");

        Assert.Equal((2L, 2L, 0L), await CountsAsync(second));
        Assert.Equal("=1+1 虚报注册资本", await factory.Database.ScalarAsync<string>(
            "SELECT r.payload::json->>15 FROM credit.credit_records r JOIN credit.subjects s ON s.id = r.subject_id WHERE s.uscc = $1", goodCode));
    }

    [Fact]
    public async Task A_batch_with_rejections_waits_on_the_departments_workbench_until_the_item_is_delivered_again()
    {
        var (file, shortCode, goodCode) = FileWithTwoBadRows();
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var otherDepartment = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var otherBefore = WorkbenchCount(await HtmlPages.GetAsync(otherDepartment, "/staff"));
        var first = await UploadAndProcessAsync(staff, file.ToCsv(Gb18030), "处罚.csv");
        Assert.Equal((4L, 2L, 2L), await CountsAsync(first));

        var page = await HtmlPages.GetAsync(staff, "/staff");
        var waiting = WorkbenchCount(page);
        Assert.True(waiting >= 1);
        Assert.Equal("/collection", page.QuerySelector("#todo-collection-rejected")!.GetAttribute("href"));
        Assert.Contains("退回", page.QuerySelector("#todo-collection-rejected")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(otherBefore, WorkbenchCount(await HtmlPages.GetAsync(otherDepartment, "/staff")));

        // Fixed and delivered again: the item no longer waits.
        var report = Gb18030.GetString(await staff.GetByteArrayAsync($"/collection/batches/{first}/rejections.csv"));
        var fixedReport = report.Replace(",'-2,", ",2,", StringComparison.Ordinal).Replace(shortCode + ",", goodCode + ",", StringComparison.Ordinal);
        var second = await UploadAndProcessAsync(staff, Gb18030.GetBytes(fixedReport), "处罚_退回修改.csv");
        Assert.Equal((2L, 2L, 0L), await CountsAsync(second));
        Assert.Equal(waiting - 1, WorkbenchCount(await HtmlPages.GetAsync(staff, "/staff")));
    }

    private static long WorkbenchCount(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("#todo-collection-rejected .todo-count") is { } count
            ? long.Parse(count.TextContent.Trim().Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    [Fact]
    public async Task Another_departments_viewer_gets_the_report_with_personal_columns_masked()
    {
        var (file, _, _) = FileWithTwoBadRows();
        var legalRepId = file.Rows[3][Column("法定代表人证件号码")];
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var batch = await UploadAndProcessAsync(staff, file.ToCsv(Gb18030), "处罚.csv");

        var own = Gb18030.GetString(await staff.GetByteArrayAsync($"/collection/batches/{batch}/rejections.csv"));
        Assert.Contains(legalRepId, own, StringComparison.Ordinal);

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var download = await office.GetAsync($"/collection/batches/{batch}/rejections.csv");
        Assert.True(download.Headers.CacheControl?.NoStore, "exports are never cached");
        var masked = Gb18030.GetString(await download.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(legalRepId, masked, StringComparison.Ordinal);
        Assert.Contains(legalRepId[..6] + "********" + legalRepId[^4..], masked, StringComparison.Ordinal);

        // The batch page never shows it either.
        var page = await HtmlPages.GetAsync(staff, $"/collection/batches/{batch}");
        Assert.DoesNotContain(legalRepId, page.QuerySelector("#rejections")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.collection_rejections WHERE batch_id = $1 AND (raw_row LIKE '%' || $2 || '%' OR position(convert_to($2, 'UTF8') in cells) > 0)",
            batch, legalRepId));
    }

    [Fact]
    public async Task An_xlsx_delivery_gets_an_xlsx_report_that_is_uploaded_again_as_it_is()
    {
        var (file, shortCode, goodCode) = FileWithTwoBadRows();
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var first = await UploadAndProcessAsync(staff, await XlsxAsync(PenaltyFile.Headers, file.Rows), "处罚.xlsx");
        Assert.Equal((4L, 2L, 2L), await CountsAsync(first));

        var page = await HtmlPages.GetAsync(staff, $"/collection/batches/{first}");
        Assert.EndsWith("rejections.xlsx", page.QuerySelector("#rejection-report")!.GetAttribute("href"), StringComparison.Ordinal);
        var bytes = await staff.GetByteArrayAsync($"/collection/batches/{first}/rejections.xlsx");
        await using var source = await RowSources.OpenAsync(new MemoryStream(bytes), "report.xlsx");
        Assert.Equal([.. PenaltyFile.Headers, "行号", "原因"], source.Headers);
        var rows = new List<string[]>();
        while (await source.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, source.Headers.Count).Select(source.GetString).ToArray());
        }

        Assert.Equal(2, rows.Count);
        foreach (var row in rows)
        {
            row[Column("罚款金额（万元）")] = row[Column("罚款金额（万元）")] == "'-2" ? "2" : row[Column("罚款金额（万元）")];
            row[Column("行政相对人代码_1(统一社会信用代码)")] = row[Column("行政相对人代码_1(统一社会信用代码)")] == shortCode ? goodCode : row[Column("行政相对人代码_1(统一社会信用代码)")];
        }

        var second = await UploadAndProcessAsync(staff, await XlsxAsync(source.Headers, rows), "处罚_退回修改.xlsx");
        Assert.Equal((2L, 2L, 0L), await CountsAsync(second));
    }

    [Fact]
    public async Task The_preview_checks_the_rows_as_the_batch_will()
    {
        var (file, _, _) = FileWithTwoBadRows();
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var preview = await HtmlPages.GetAsync(staff, await UploadAsync(staff, file.ToCsv(Gb18030), "处罚.csv"));

        Assert.Equal("2", preview.QuerySelector("#preview-accepted")!.TextContent.Trim());
        Assert.Equal("2", preview.QuerySelector("#preview-refused")!.TextContent.Trim());
        var reasons = preview.QuerySelectorAll("#preview-refused-rows tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("不能为负数", StringComparison.Ordinal));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.subjects WHERE name LIKE '%' || $1 || '%'", file.Marker));   // a preview writes nothing
    }

    [Fact]
    public async Task An_unknown_column_is_mapped_by_hand_and_remembered_for_the_next_upload()
    {
        var file = new PenaltyFile();
        var number = file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "电子有限公司");
        var headers = PenaltyFile.Headers.Select(h => h == "行政处罚决定书文号" ? "决定书编号（本局）" + file.Marker : h).ToArray();
        var csv = Gb18030.GetBytes(string.Join(',', headers) + "\r\n" + string.Join(',', file.Rows[0]) + "\r\n");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var previewUrl = await UploadAsync(staff, csv, "处罚.csv");
        var preview = await HtmlPages.GetAsync(staff, previewUrl);
        Assert.Null(preview.QuerySelector("#confirm-import"));
        var select = preview.QuerySelector("#manual-mapping select")!;
        Assert.Contains(select.QuerySelectorAll("option"), o => o.GetAttribute("value") == "行政处罚决定书文号");
        using (var mapped = await HtmlPages.PostFormAsync(staff, preview, "#manual-mapping form",
            new() { [select.GetAttribute("name")!] = "行政处罚决定书文号" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, mapped.StatusCode);
        }

        preview = await HtmlPages.GetAsync(staff, previewUrl);
        Assert.NotNull(preview.QuerySelector("#confirm-import"));
        Assert.Equal("1", preview.QuerySelector("#preview-accepted")!.TextContent.Trim());

        // The next upload of a file with that column needs no choice.
        var next = await HtmlPages.GetAsync(staff, await UploadAsync(staff, csv, "处罚2.csv"));
        Assert.NotNull(next.QuerySelector("#confirm-import"));
        var id = await ConfirmAndProcessAsync(staff, next, previewUrl: null);
        Assert.Equal((1L, 1L, 0L), await CountsAsync(id));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE source_key = $1", number));
    }

    [Fact]
    public async Task Nul_characters_in_a_header_and_a_cell_cost_only_that_row()
    {
        var (file, _, _) = FileWithTwoBadRows();
        file.Rows[0][Column("违法事实")] = "虚假\0宣传";
        var headers = PenaltyFile.Headers.Append("备用\0列").ToArray();
        var csv = string.Join("\r\n", file.Rows.Select(r => string.Join(',', r.Append("x"))).Prepend(string.Join(',', headers))) + "\r\n";
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var batch = await UploadAndProcessAsync(staff, Gb18030.GetBytes(csv), "处罚.csv");

        Assert.Equal((4L, 1L, 3L), await CountsAsync(batch));
        var reasons = await factory.Database.ScalarAsync<string[]>("SELECT array_agg(reason ORDER BY row_number) FROM credit.collection_rejections WHERE batch_id = $1", batch);
        Assert.Contains(reasons, r => r.Contains("控制字符", StringComparison.Ordinal));
        var report = Gb18030.GetString(await staff.GetByteArrayAsync($"/collection/batches/{batch}/rejections.csv"));
        Assert.Contains("备用\uFFFD列", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_wider_than_any_export_is_refused_in_the_preview()
    {
        var headers = PenaltyFile.Headers.Concat(Enumerable.Range(1, 600).Select(i => $"多余列{i}"));
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var preview = await HtmlPages.GetAsync(staff, await UploadAsync(staff, Gb18030.GetBytes(string.Join(',', headers) + "\r\n"), "宽.csv"));

        Assert.Contains("超过 500 列", preview.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Null(preview.QuerySelector("#confirm-import"));
    }

    [Fact]
    public async Task The_preview_masks_personal_columns_and_a_reviewer_cannot_submit()
    {
        var (file, _, _) = FileWithTwoBadRows();
        var legalRepId = file.Rows[0][Column("法定代表人证件号码")];
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var previewUrl = await UploadAsync(staff, file.ToCsv(Gb18030), "处罚.csv");

        var preview = await HtmlPages.GetAsync(staff, previewUrl);
        Assert.DoesNotContain(legalRepId, preview.QuerySelector("#preview-rows")!.TextContent, StringComparison.Ordinal);

        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var seen = await HtmlPages.GetAsync(reviewer, previewUrl);
        using var refused = await HtmlPages.PostFormAsync(reviewer, seen, "form[action$='/confirm']", []);
        Assert.DoesNotContain("/collection/batches/", HtmlPages.Location(refused), StringComparison.Ordinal);
        var id = long.Parse(previewUrl.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.collection_batches WHERE id = $1", id));   // still 待确认
    }

    private static async Task<byte[]> XlsxAsync(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var output = new MemoryStream();
        await using (var xlsx = await XlsxWriter.CreateAsync(output))
        {
            await xlsx.StartSheetAsync("Sheet1", headers);
            foreach (var row in rows)
            {
                await xlsx.WriteRowAsync(row.ToArray());
            }

            await xlsx.FinishAsync();
        }

        return output.ToArray();
    }

    private async Task<long> UploadAndProcessAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var previewUrl = await UploadAsync(client, bytes, fileName);
        return await ConfirmAndProcessAsync(client, await HtmlPages.GetAsync(client, previewUrl), previewUrl);
    }

    private async Task<long> ConfirmAndProcessAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument preview, string? previewUrl)
    {
        var action = preview.QuerySelector("form[action$='/confirm']")!.GetAttribute("action")!;
        using var confirmed = await HtmlPages.PostFormAsync(client, preview, "form[action$='/confirm']", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var id = long.Parse((previewUrl ?? action).Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(id, CancellationToken.None);
        return id;
    }

    private static async Task<string> UploadAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var upload = await HtmlPages.GetAsync(client, "/collection/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(upload)), HtmlPages.AntiforgeryField },
            { new StringContent("XZCF"), "itemCode" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? XlsxWriter.ContentType : "text/csv");
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync("/collection/upload", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        return HtmlPages.Location(response);
    }

    private async Task<(long Received, long Stored, long Rejected)> CountsAsync(long batch)
    {
        var counts = await factory.Database.ScalarAsync<long[]>(
            "SELECT ARRAY[status, received, inserted + updated + unchanged, rejected] FROM credit.collection_batches WHERE id = $1", batch);
        Assert.True(counts[0] == 4, $"batch {batch} ended in status {counts[0]}");
        return (counts[1], counts[2], counts[3]);
    }
}
