using System.Text;
using System.Text.RegularExpressions;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.E2ETests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Collection;

[Collection(E2ECollection.Name)]
public sealed partial class UploadTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Headers =
        "行政相对人名称,行政相对人类别,行政相对人代码_1(统一社会信用代码),行政相对人代码_2(工商注册号),行政相对人代码_3(组织机构代码),行政相对人代码_4(税务登记号),行政相对人代码_5(事业单位证书号),行政相对人代码_6(社会组织登记证号),法定代表人,法定代表人证件类型,法定代表人证件号码,证件类型,证件号码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,没收违法所得、没收非法财物的金额（万元）,暂扣或吊销证照名称及编号,处罚决定日期,处罚有效期,公示截止期,处罚机关,处罚机关统一社会信用代码,数据来源单位,数据来源单位统一社会信用代码,备注,案件程序类别";

    [Fact]
    public Task Department_user_uploads_a_GBK_penalty_file_and_sees_the_bad_row_explained() => InBrowserAsync(async page =>
    {
        var (uscc, name) = await SeededOrganisationAsync();
        var stamp = DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)[^6..];
        var authority = Huzhou.Credit.SharedKernel.Identifiers.UnifiedSocialCreditCode.Compose("11", "330500", "00254613").Value;
        var csv = new StringBuilder(Headers).Append("\r\n")
            .Append($"{name},02,{uscc},,,,,,沈建国,01,,,,湖市监处罚〔2026〕{stamp}号,虚假宣传,经查属实,《反不正当竞争法》第二十条,罚款,罚款五万元,5,,,2026-10-12,2026-10-12,,湖州市市场监督管理局,{authority},湖州市市场监督管理局,{authority},,02\r\n")
            .Append($"湖州错码贸易有限公司,02,91330502MA2B3C4D5,,,,,,张三,01,,,,湖市监处罚〔2026〕{stamp}9号,虚假宣传,经查属实,依据,罚款,罚款,1,,,2026-10-12,2026-10-12,,湖州市市场监督管理局,{authority},湖州市市场监督管理局,{authority},,02\r\n");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(Path.GetTempPath(), $"行政处罚_{stamp}.csv");
        await File.WriteAllBytesAsync(path, Encoding.GetEncoding("GB18030").GetBytes(csv.ToString()));

        await SignInAsync(page, DemoAccounts.MarketSupervisionStaff);
        await page.GotoAsync("/collection/upload");
        await page.Locator("#itemCode").SelectOptionAsync("XZCF");
        await page.Locator("#file").SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();

        await Expect(page.Locator("#mapping")).ToContainTextAsync("处罚决定日期");
        await Expect(page.Locator("#preview-rows")).ToContainTextAsync(name);
        await page.Locator("#confirm-import").ClickAsync();
        await Expect(page).ToHaveURLAsync(BatchUrl());

        // The job the confirmation queued runs here (the test host has no Hangfire server); the page then shows the counts.
        var batchId = long.Parse(BatchId().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await using (var scope = Fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(batchId, CancellationToken.None);
        }

        // No reload by the test: the page polls its progress and reloads itself once the batch is done (reloading here
        // as well raced with the page's own reload: net::ERR_ABORTED).
        await Expect(page.Locator("#batch-status-name")).ToHaveTextAsync("已完成", new() { Timeout = 15_000 });
        await Expect(page.Locator("#rejections")).ToContainTextAsync("统一社会信用代码应为18位");
        await Expect(page.Locator("#batch-counts")).ToContainTextAsync("新增");
        File.Delete(path);
    });

    private async Task<(string Uscc, string Name)> SeededOrganisationAsync()
    {
        await using var connection = await Fixture.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT uscc, name FROM credit.subjects WHERE uscc LIKE '91%' AND NOT uscc_check_warning ORDER BY id LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetString(1));
    }

    [GeneratedRegex(@"/collection/batches/\d+$")]
    private static partial Regex BatchUrl();

    [GeneratedRegex(@"/collection/batches/(\d+)")]
    private static partial Regex BatchId();
}
