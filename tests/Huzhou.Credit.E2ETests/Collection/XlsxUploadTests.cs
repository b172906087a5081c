using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.E2ETests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Collection;

/// <summary>Issue #22 §3: an XLSX delivery through the whole wizard, from the upload page to the rejection report.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class XlsxUploadTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    /// <summary>The double-publicity penalty columns with their standard Chinese headers (domain.md §2).</summary>
    private static readonly string[] Headers =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)",
        "行政相对人代码_3(组织机构代码)", "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)",
        "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型", "法定代表人证件号码", "证件类型", "证件号码",
        "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容", "罚款金额（万元）",
        "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
        "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注", "案件程序类别",
    ];

    private static readonly string Authority = UnifiedSocialCreditCode.Compose("11", "330500", "00254613").Value;

    [Fact]
    public Task Clerk_imports_an_xlsx_penalty_file_through_the_wizard_and_gets_an_xlsx_report() => InBrowserAsync(async page =>
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var marker = RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture);
        var goodNames = new[] { $"湖州{marker}纺织有限公司", $"南浔{marker}木业有限公司" };
        var badName = $"德清{marker}建材有限公司";
        var path = Path.Combine(Path.GetTempPath(), $"行政处罚_{marker}.xlsx");
        await File.WriteAllBytesAsync(path, await XlsxAsync(
        [
            Row(goodNames[0], marker + "1", fine: "2万元"),
            Row(badName, marker + "2", fine: "-1"),
            Row(goodNames[1], marker + "3", fine: "2万元"),
        ]));

        // Step 1: the upload page, with the chosen item's template link.
        await SignInAsync(page, DemoAccounts.MarketSupervisionStaff);
        await page.GotoAsync("/collection/upload");
        await page.Locator("#itemCode").SelectOptionAsync("XZCF");
        var template = page.Locator("#template-download");
        await Expect(template).ToBeVisibleAsync();
        await Expect(template).ToHaveAttributeAsync("href", TemplateUrl());
        var templateResponse = await page.APIRequest.GetAsync(await template.GetAttributeAsync("href") ?? "");
        Assert.True(templateResponse.Ok, $"The template link answered {templateResponse.Status}.");
        await page.Locator("#file").SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();

        // Step 2: the preview checks every row as the import will.
        await Expect(page.Locator("#preview-check")).ToBeVisibleAsync();
        await Expect(page.Locator("#preview-accepted")).ToHaveTextAsync("2");
        await Expect(page.Locator("#preview-refused")).ToHaveTextAsync("1");
        await Expect(page.Locator("#preview-refused-rows")).ToContainTextAsync("不能为负数");
        await Expect(page.Locator("#preview-check")).ToContainTextAsync("法人及非法人组织");
        await Expect(page.Locator("#mapping")).Not.ToContainTextAsync("（未找到）");
        await Expect(page.Locator("#preview-rows")).ToContainTextAsync(goodNames[0]);
        await ScreenshotAsync(page, $"preview-{stamp}");

        await page.Locator("#confirm-import").ClickAsync();
        await Expect(page).ToHaveURLAsync(BatchUrl());

        // The job the confirmation queued runs here (the test host has no Hangfire server); the page polls its
        // progress and reloads itself once the batch is done, so the test never reloads it (see UploadTests).
        var batchId = long.Parse(BatchId().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        await using (var scope = Fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(batchId, CancellationToken.None);
        }

        await Expect(page.Locator("#batch-status-name")).ToHaveTextAsync("已完成", new() { Timeout = 15_000 });
        await Expect(Stat(page, "接收")).ToHaveTextAsync("3");
        await Expect(Stat(page, "新增")).ToHaveTextAsync("2");
        await Expect(Stat(page, "退回")).ToHaveTextAsync("1");
        var synonym = page.Locator("#batch-synonyms tbody tr").Filter(new() { HasTextString = "法人及非法人组织" });
        await Expect(synonym).ToHaveCountAsync(1);
        await Expect(synonym).ToContainTextAsync("行政相对人类别");
        await Expect(synonym.Locator("td").Last).ToHaveTextAsync("2");
        var rejected = page.Locator("#rejections tbody tr");
        await Expect(rejected).ToHaveCountAsync(1);
        await Expect(rejected).ToContainTextAsync("不能为负数");
        await Expect(rejected).ToContainTextAsync(badName);
        await ScreenshotAsync(page, $"batch-{stamp}");

        // Step 3: the rejection report comes back as the file came in, an XLSX to fix and upload again.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#rejection-report").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var reportPath = Path.Combine(Path.GetTempPath(), $"退回报告_{marker}.xlsx");
        await download.SaveAsAsync(reportPath);
        await using (var stream = File.OpenRead(reportPath))
        await using (var report = await RowSources.OpenAsync(stream, download.SuggestedFilename))
        {
            Assert.Equal([.. Headers, "行号", "原因"], report.Headers);
            Assert.True(await report.ReadAsync(), "The report has no row.");
            Assert.Equal(badName, report.GetString(0));
            Assert.Contains("不能为负数", report.GetString(report.Headers.Count - 1), StringComparison.Ordinal);
            Assert.False(await report.ReadAsync(), "The report has more than the one refused row.");
        }

        File.Delete(path);
        File.Delete(reportPath);
    });

    /// <summary>A penalty on a new enterprise, its category written as the current standard does (“法人及非法人组织”).</summary>
    private static string[] Row(string name, string number, string fine)
    {
        var body = RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var uscc = UnifiedSocialCreditCode.Compose("91", "330502", body);
        var decided = DateTime.UtcNow.AddHours(8).AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var publicUntil = DateTime.UtcNow.AddHours(8).AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            name, "法人及非法人组织", uscc.Value, "", "", "", "", "", "沈建国", "01", "", "", "",
            $"湖市监处罚〔2026〕{number}号", "未按规定公示年度报告", "经查，当事人存在违法行为，事实清楚，证据确凿。",
            "《中华人民共和国市场主体登记管理条例》第四十六条", "罚款", "罚款人民币二万元", fine, "", "", decided, "长期", publicUntil,
            "湖州市市场监督管理局", Authority, "湖州市市场监督管理局", Authority, "", "02",
        ];
    }

    private static async Task<byte[]> XlsxAsync(IEnumerable<string[]> rows)
    {
        using var output = new MemoryStream();
        await using (var xlsx = await XlsxWriter.CreateAsync(output))
        {
            await xlsx.StartSheetAsync("Sheet1", Headers);
            foreach (var row in rows)
            {
                await xlsx.WriteRowAsync(row);
            }

            await xlsx.FinishAsync();
        }

        return output.ToArray();
    }

    /// <summary>The number of the batch page's count card labelled exactly <paramref name="label"/>.</summary>
    private static ILocator Stat(IPage page, string label) =>
        page.Locator("#batch-counts .card-body")
            .Filter(new() { Has = page.GetByText(label, new() { Exact = true }) })
            .Locator(".stat-value");

    /// <summary>Saves a full-page screenshot next to the other E2E artifacts and prints its path.</summary>
    private async Task ScreenshotAsync(IPage page, string name)
    {
        var file = Path.Combine(E2EFixture.ArtifactsDirectory, $"{nameof(XlsxUploadTests)}-{name}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        Output.WriteLine($"Screenshot: {file}");
    }

    [GeneratedRegex(@"^/catalogue/XZCF/template")]
    private static partial Regex TemplateUrl();

    [GeneratedRegex(@"/collection/batches/\d+$")]
    private static partial Regex BatchUrl();

    [GeneratedRegex(@"/collection/batches/(\d+)")]
    private static partial Regex BatchId();
}
