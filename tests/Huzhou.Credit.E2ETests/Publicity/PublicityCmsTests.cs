using Huzhou.Credit.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Publicity;

/// <summary>
/// Issue #29 §5 in the browser: a department editor writes a typical case with the toolbar, submits it; the credit
/// office's publisher publishes it; it shows on the public column page, its article page and the column's Atom feed.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class PublicityCmsTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task An_editor_writes_a_typical_case_the_publisher_publishes_it_and_the_public_reads_it() => InBrowserAsync(async page =>
    {
        var title = $"典型案例：织里某童装企业拖欠货款被列入失信名单 {Random.Shared.Next(100_000, 999_999)}";
        await SignInAsync(page, DemoAccounts.MarketSupervisionEditor);
        await page.GotoAsync("/publicity/manage");
        await page.Locator("#new-article").ClickAsync();
        await page.Locator("#ColumnId").SelectOptionAsync(new SelectOptionValue { Label = "典型案例" });
        await page.Locator("#Title").FillAsync(title);
        await page.Locator("#Summary").FillAsync("拒不履行生效判决，依法列入失信被执行人名单。");
        await page.Locator("#Body").FillAsync("基本情况");
        await page.Locator("#Body").SelectTextAsync();
        await page.Locator("#body-toolbar [data-wrap=h3]").ClickAsync();
        await page.Locator("#Body").PressAsync("End");
        await page.Locator("#Body").PressSequentiallyAsync("<p>该企业拖欠货款<script>alert(1)</script>，经法院强制执行仍未履行。</p>");
        await page.Locator("#save").ClickAsync();
        await Expect(page.Locator("main .alert-success")).ToContainTextAsync("已保存为草稿");
        await Expect(page.Locator("#article-body h3")).ToHaveTextAsync("基本情况");
        await Expect(page.Locator("#article-body script")).ToHaveCountAsync(0);
        await page.Locator("#submit-form button").ClickAsync();
        await Expect(page.Locator("main .alert-success")).ToContainTextAsync("已提交审核");
        var articleUrl = page.Url;
        await page.Context.ClearCookiesAsync();

        await SignInAsync(page, DemoAccounts.PublicityPublisher);
        await page.GotoAsync(articleUrl);
        await page.Locator("#publish-form button").ClickAsync();
        await Expect(page.Locator("main .alert-success")).ToContainTextAsync("已发布");
        var publicUrl = await page.Locator("#public-link").GetAttributeAsync("href");
        await page.Context.ClearCookiesAsync();

        await page.GotoAsync("/publicity/cases");
        await Expect(page.Locator("#articles")).ToContainTextAsync(title);
        await page.Locator("#articles a", new() { HasTextString = title }).ClickAsync();
        await Expect(page.Locator("#article-body")).ToContainTextAsync("经法院强制执行仍未履行");
        Assert.EndsWith(publicUrl!, page.Url, StringComparison.Ordinal);

        var feed = await page.APIRequest.GetAsync("/publicity/cases/feed.atom");
        Assert.True(feed.Ok);
        var xml = System.Xml.Linq.XDocument.Parse(await feed.TextAsync());
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(xml.Root!.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == title);
    });
}
