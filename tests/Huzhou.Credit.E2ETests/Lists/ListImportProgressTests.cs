using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Huzhou.Credit.E2ETests.Infrastructure;
using Huzhou.Credit.Lists.Jobs;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Lists;

/// <summary>
/// Issue #28 §4: the list file travels with a visible upload progress bar, the import runs as a background job, and its
/// page follows the job without being reloaded by anyone until it shows the result.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class ListImportProgressTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task The_upload_shows_its_progress_and_the_import_page_reaches_completed_without_a_reload() => InBrowserAsync(async page =>
    {
        var (uscc, name) = await SeededOrganisationAsync();
        var stamp = DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)[^6..];
        var today = DateTime.UtcNow.AddHours(8).Date;
        var csv = new StringBuilder("名单类型,主体名称,统一社会信用代码或身份证号码,认定文书号,认定机关,认定日期,列入日期\r\n")
            .Append(CultureInfo.InvariantCulture, $"SXBZXR,{name},{uscc},（2026）浙0502执E2E{stamp}号,湖州市吴兴区人民法院,{today.AddDays(-10):yyyy-MM-dd},{today.AddDays(-7):yyyy-MM-dd}\r\n")
            .Append(CultureInfo.InvariantCulture, $"老赖名单,{name},{uscc},（2026）浙0502执E2F{stamp}号,湖州市吴兴区人民法院,{today.AddDays(-10):yyyy-MM-dd},{today.AddDays(-7):yyyy-MM-dd}\r\n");
        var path = Path.Combine(Path.GetTempPath(), $"省平台推送_{stamp}.csv");
        await File.WriteAllBytesAsync(path, Encoding.UTF8.GetBytes(csv.ToString()));

        await SignInAsync(page, DemoAccounts.CreditOffice);
        await page.GotoAsync("/lists/import");
        await page.Locator("#file").SetInputFilesAsync(path);
        // Hold the upload's answer a moment, so the bar can be seen while the request is under way.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/lists/import", async route =>
        {
            if (route.Request.Method == "POST")
            {
                Assert.Equal("1", await route.Request.HeaderValueAsync("x-upload-progress"));
                await release.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }

            await route.ContinueAsync();
        });
        await page.Locator("#import-submit").ClickAsync();
        var bar = page.Locator("#import-form .upload-progress progress");
        await Expect(bar).ToBeVisibleAsync();
        await Expect(page.Locator("#import-form .upload-progress")).ToContainTextAsync("%");
        await Expect(page.Locator("#import-submit")).ToBeDisabledAsync();
        release.SetResult();

        // The POST queued the import and the browser went to its page, which polls the job's status.
        await Expect(page).ToHaveURLAsync(ImportUrl());
        await Expect(page.Locator("#import-state")).ToHaveTextAsync("排队中");
        await Expect(page.Locator("#import-progress progress#import-bar")).ToBeVisibleAsync();
        var importId = long.Parse(ImportId().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);

        // The job the upload queued runs here (the test host has no Hangfire server); the page follows by itself.
        await using (var scope = Fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ListImportJob>().RunAsync(importId, CancellationToken.None);
        }

        await Expect(page.Locator("#import-counts")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.Locator("#count-imported")).ToHaveTextAsync("1");
        await Expect(page.Locator("#count-rejected")).ToHaveTextAsync("1");
        await Expect(page.Locator("#rejections")).ToContainTextAsync("老赖名单");
        File.Delete(path);
    });

    private async Task<(string Uscc, string Name)> SeededOrganisationAsync()
    {
        await using var connection = await Fixture.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT uscc, name FROM credit.subjects WHERE uscc LIKE '91%' AND NOT uscc_check_warning ORDER BY id DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetString(1));
    }

    [GeneratedRegex(@"/lists/import/\d+$")]
    private static partial Regex ImportUrl();

    [GeneratedRegex(@"/lists/import/(\d+)")]
    private static partial Regex ImportId();
}
