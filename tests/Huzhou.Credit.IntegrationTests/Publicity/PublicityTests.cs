using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.Publicity.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Publicity;

/// <summary>
/// The publicity CMS end to end: a department editor writes (the body sanitised on save and again on render), submits;
/// only the publisher publishes, returns with a reason, schedules (the minute job publishes at the time) and withdraws
/// (gone from the column, the article page and the feed); another department's editor gets 404; attachments are checked
/// by content; the Atom feed is valid XML with absolute links; special columns are created and retired on screen.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class PublicityTests(CreditAppFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string HostileBody =
        "<p onclick=\"steal()\">正文第一段<script>alert(1)</script></p>"
        + "<h3 style=\"color:red\">小标题</h3>"
        + "<img src=\"x\" onerror=\"alert(2)\">"
        + "<img src=\"https://evil.example/x.png\">"
        + "<a href=\"javascript:alert(3)\">坏链接</a>"
        + "<a href=\"https://www.creditchina.gov.cn/\" target=\"_blank\">信用中国</a>"
        + "<ul><li><strong>要点</strong></li><li><em>说明</em></li></ul>"
        + "<table><tbody><tr><td>单元格</td></tr></tbody></table>"
        + "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>";

    [Fact]
    public async Task An_editor_writes_the_publisher_returns_and_publishes_and_the_public_sees_it_sanitised()
    {
        var title = "市场监管典型案例 " + Unique.Digits(8);
        using var editor = await SignedInClient.CreateAsync(factory, "scjg.editor");
        var id = await CreateAsync(editor, "cases", title, HostileBody);

        // Sanitised on save: no script, handler, style, javascript: link, foreign image or iframe; the allowed tags stay.
        var stored = await factory.Database.ScalarAsync<string>("SELECT body FROM credit.publicity_articles WHERE id = $1", id);
        foreach (var gone in new[] { "<script", "onclick", "onerror", "style", "javascript:", "evil.example", "<iframe", "target=" })
        {
            Assert.DoesNotContain(gone, stored, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var kept in new[] { "<p>正文第一段</p>", "<h3>小标题</h3>", "<strong>要点</strong>", "<em>说明</em>", "<td>单元格</td>", "href=\"https://www.creditchina.gov.cn/\"", "rel=\"noopener noreferrer\"" })
        {
            Assert.Contains(kept, stored, StringComparison.Ordinal);
        }

        // Another department's editor does not find it; an editor cannot publish; the public does not see a draft.
        using var otherEditor = await SignedInClient.CreateAsync(factory, "xyb.editor");
        using (var elsewhere = await otherEditor.GetAsync($"/publicity/manage/articles/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        }

        var page = await HtmlPages.GetAsync(editor, $"/publicity/manage/articles/{id}");
        Assert.Null(page.QuerySelector("#publish-form"));
        using (var notAllowed = await HtmlPages.PostAsync(editor, $"/publicity/manage/articles/{id}/publish", [new(HtmlPages.AntiforgeryField, HtmlPages.AntiforgeryToken(page))]))
        {
            Assert.True(notAllowed.StatusCode == HttpStatusCode.Forbidden || HtmlPages.Location(notAllowed).StartsWith("/account/access-denied", StringComparison.Ordinal));
        }

        Assert.Equal((short)1, await StatusAsync(id));

        using var visitor = factory.CreateClient();
        using (var draft = await visitor.GetAsync($"/publicity/cases/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        }

        using (var submitted = await HtmlPages.PostFormAsync(editor, page, "#submit-form", []))
        {
            Assert.Equal("已提交审核，等待信用办发布。", (await Flashes.FollowAsync(editor, submitted)).Success);
        }

        // The publisher returns it: a reason is required.
        using var publisher = await SignedInClient.CreateAsync(factory, "xyb.publisher");
        var review = await HtmlPages.GetAsync(publisher, $"/publicity/manage/articles/{id}");
        using (var noReason = await HtmlPages.PostFormAsync(publisher, review, "#return-form", new() { ["reason"] = " " }))
        {
            Assert.Equal("请填写退回理由。", (await Flashes.FollowAsync(publisher, noReason)).Error);
        }

        using (var returned = await HtmlPages.PostFormAsync(publisher, review, "#return-form", new() { ["reason"] = "请补充处理结果。" }))
        {
            Assert.Null((await Flashes.FollowAsync(publisher, returned)).Error);
        }

        Assert.Equal((short)4, await StatusAsync(id));

        // The editor changes it (a second version, the first kept and viewable) and submits again; the publisher publishes.
        var edit = await HtmlPages.GetAsync(editor, $"/publicity/manage/articles/{id}/edit");
        using (var saved = await HtmlPages.PostFormAsync(editor, edit, "#article-form", new() { ["Body"] = "<p>处理结果：已全额支付。</p>" + HostileBody }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(2L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.publicity_article_versions WHERE article_id = $1", id));
        var firstVersion = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.publicity_article_versions WHERE article_id = $1 AND number = 1", id);
        var version = await HtmlPages.GetAsync(editor, $"/publicity/manage/versions/{firstVersion}");
        Assert.DoesNotContain("处理结果", version.QuerySelector("#article-body")!.TextContent, StringComparison.Ordinal);
        using (var otherVersion = await otherEditor.GetAsync($"/publicity/manage/versions/{firstVersion}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, otherVersion.StatusCode);
        }

        page = await HtmlPages.GetAsync(editor, $"/publicity/manage/articles/{id}");
        (await HtmlPages.PostFormAsync(editor, page, "#submit-form", [])).Dispose();
        review = await HtmlPages.GetAsync(publisher, $"/publicity/manage/articles/{id}");
        using (var published = await HtmlPages.PostFormAsync(publisher, review, "#publish-form", new() { ["publishAt"] = "" }))
        {
            Assert.Equal("已发布。", (await Flashes.FollowAsync(publisher, published)).Success);
        }

        Assert.Equal((short)3, await StatusAsync(id));
        var column = await HtmlPages.GetAsync(visitor, "/publicity/cases?q=" + Uri.EscapeDataString(title));
        Assert.Contains(title, column.QuerySelector("#articles")!.TextContent, StringComparison.Ordinal);
        var article = await HtmlPages.GetAsync(visitor, $"/publicity/cases/{id}");
        Assert.Contains("处理结果：已全额支付。", article.QuerySelector("#article-body")!.TextContent, StringComparison.Ordinal);

        // Sanitised on render too: a body changed behind the CMS's back (here by SQL) still shows no script or handler.
        await factory.Database.ExecuteAsync(
            "UPDATE credit.publicity_articles SET body = '<p style=\"x\">已改</p><script>alert(9)</script><img src=\"/x\" onerror=\"alert(8)\"><a href=\"javascript:alert(7)\">链</a>' WHERE id = $1", id);
        await factory.Database.ExecuteAsync("UPDATE credit.publicity_columns SET content_version = content_version + 1 WHERE slug = 'cases'");
        using (var rendered = await visitor.GetAsync($"/publicity/cases/{id}"))
        {
            var html = await rendered.Content.ReadAsStringAsync();
            var body = (await HtmlPages.ParseAsync(rendered)).QuerySelector("#article-body")!.InnerHtml;
            Assert.Contains("已改", body, StringComparison.Ordinal);
            foreach (var gone in new[] { "<script", "onerror", "style=", "javascript:", "<img" })
            {
                Assert.DoesNotContain(gone, body, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("alert(9)", html, StringComparison.Ordinal);
        }

        // Every change of state is audited.
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action LIKE 'publicity.article.%' AND detail LIKE $1", $"稿件 {id}《%") >= 6);
    }

    [Fact]
    public async Task The_risk_alert_column_shows_the_alerts_monitoring_published_and_drops_a_withdrawn_one_at_once()
    {
        var title = "矩阵风险提示" + Unique.Digits(8);
        var (alertId, code) = (await factory.Database.ScalarAsync<long>(
            "WITH s AS (SELECT id, name, uscc FROM credit.subjects WHERE kind = 1 AND uscc IS NOT NULL ORDER BY id LIMIT 1) "
            + "INSERT INTO credit.monitoring_risk_alerts (subject_id, subject_name, subject_code, district_code, title, text, published_by, published_at) "
            + "SELECT id, name, uscc, '330502', $1, '请交易相对方注意核实。', 'xinyongban', now() + interval '1 minute' FROM s RETURNING id", title),
            await factory.Database.ScalarAsync<string>("SELECT uscc FROM credit.subjects WHERE kind = 1 AND uscc IS NOT NULL ORDER BY id LIMIT 1"));
        using var visitor = factory.CreateClient();

        var page = await HtmlPages.GetAsync(visitor, "/publicity/risk-alerts");
        var link = page.QuerySelectorAll("#risk-alerts a").FirstOrDefault(a => a.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.NotNull(link);
        Assert.Equal("/public/dossier/" + code, link!.GetAttribute("href"));
        Assert.Contains("请交易相对方注意核实。", page.QuerySelector("#risk-alerts")!.TextContent, StringComparison.Ordinal);

        await factory.Database.ExecuteAsync(
            "UPDATE credit.monitoring_risk_alerts SET withdrawn_at = now(), withdrawn_by = 'xinyongban', withdraw_reason = '测试撤回' WHERE id = $1", alertId);

        // No wait for the column cache: the alerts are read on every request.
        Assert.DoesNotContain(title, (await HtmlPages.GetAsync(visitor, "/publicity/risk-alerts")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawal_hides_an_article_from_the_column_the_page_and_the_feed()
    {
        var title = "信用动态 " + Unique.Digits(8);
        var id = await PublishedAsync("news", title);
        using var visitor = factory.CreateClient();
        Assert.Contains(title, (await HtmlPages.GetAsync(visitor, "/publicity/news")).QuerySelector("#articles")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(FeedEntries(await FeedAsync(visitor, "news")), e => e.Title == title);

        using var publisher = await SignedInClient.CreateAsync(factory, "xyb.publisher");
        var page = await HtmlPages.GetAsync(publisher, $"/publicity/manage/articles/{id}");
        using (var noReason = await HtmlPages.PostFormAsync(publisher, page, "#withdraw-form", new() { ["reason"] = "" }))
        {
            Assert.Equal("请填写撤回理由。", (await Flashes.FollowAsync(publisher, noReason)).Error);
        }

        using (var withdrawn = await HtmlPages.PostFormAsync(publisher, page, "#withdraw-form", new() { ["reason"] = "内容需要更新。" }))
        {
            Assert.Equal("已撤回，公众页面不再显示。", (await Flashes.FollowAsync(publisher, withdrawn)).Success);
        }

        Assert.Equal((short)6, await StatusAsync(id));
        Assert.DoesNotContain(title, (await HtmlPages.GetAsync(visitor, "/publicity/news")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(FeedEntries(await FeedAsync(visitor, "news")), e => e.Title == title);
        using var gone = await visitor.GetAsync($"/publicity/news/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.publicity_article_changes WHERE article_id = $1 AND to_status = 6 AND reason = '内容需要更新。'", id));
    }

    [Fact]
    public async Task A_scheduled_article_is_published_by_the_minute_job_at_its_time()
    {
        var title = "政策法规 " + Unique.Digits(8);
        var id = await SubmittedAsync("policy", title);
        using var publisher = await SignedInClient.CreateAsync(factory, "xyb.publisher");
        var page = await HtmlPages.GetAsync(publisher, $"/publicity/manage/articles/{id}");
        var at = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddHours(3), Huzhou.Credit.SharedKernel.Time.ShanghaiTime.Zone);
        using (var scheduled = await HtmlPages.PostFormAsync(publisher, page, "#publish-form", new() { ["publishAt"] = at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) }))
        {
            Assert.Equal("已审核通过，将按设定时间发布。", (await Flashes.FollowAsync(publisher, scheduled)).Success);
        }

        Assert.Equal((short)5, await StatusAsync(id));
        await RunScheduledJobAsync();
        Assert.Equal((short)5, await StatusAsync(id));
        using var visitor = factory.CreateClient();
        Assert.DoesNotContain(title, (await HtmlPages.GetAsync(visitor, "/publicity/policy")).Body!.TextContent, StringComparison.Ordinal);

        // Its time comes: the job publishes it, dated at the scheduled time, and the public page shows it.
        await factory.Database.ExecuteAsync("UPDATE credit.publicity_articles SET scheduled_at = now() - interval '1 minute' WHERE id = $1", id);
        await RunScheduledJobAsync();
        Assert.Equal((short)3, await StatusAsync(id));
        Assert.Equal("system", await factory.Database.ScalarAsync<string>("SELECT changed_by FROM credit.publicity_article_changes WHERE article_id = $1 AND to_status = 3", id));
        Assert.Contains(title, (await HtmlPages.GetAsync(visitor, "/publicity/policy")).QuerySelector("#articles")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_and_public_only_once_the_article_is()
    {
        using var editor = await SignedInClient.CreateAsync(factory, "scjg.editor");
        var id = await CreateAsync(editor, "risk-alerts", "风险提示 " + Unique.Digits(8), "<p>请注意。</p>");
        var page = await HtmlPages.GetAsync(editor, $"/publicity/manage/articles/{id}");
        using (var zip = await UploadAsync(editor, page, id, "提示.pdf", "PK\u0003\u0004 not a pdf"u8.ToArray()))
        {
            Assert.Contains("只接受", (await Flashes.FollowAsync(editor, zip)).Error, StringComparison.Ordinal);
        }

        using (var pdf = await UploadAsync(editor, page, id, @"C:\材料\风险提示.pdf", "%PDF-1.4\n% 风险提示\n%%EOF"u8.ToArray()))
        {
            Assert.Null((await Flashes.FollowAsync(editor, pdf)).Error);
        }

        var fileId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.publicity_attachments WHERE article_id = $1", id);
        Assert.Equal("风险提示.pdf", await factory.Database.ScalarAsync<string>("SELECT file_name FROM credit.publicity_attachments WHERE id = $1", fileId));
        using var visitor = factory.CreateClient();
        using (var hidden = await visitor.GetAsync($"/publicity/files/{fileId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var own = await editor.GetAsync($"/publicity/files/{fileId}"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        await SubmitAndPublishAsync(editor, id);
        using var shown = await visitor.GetAsync($"/publicity/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("application/pdf", shown.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_atom_feed_is_valid_xml_with_absolute_links_and_the_newest_entries()
    {
        var title = "诚信典型 " + Unique.Digits(8);
        var id = await PublishedAsync("honours", title);
        using var visitor = factory.CreateClient();
        using var response = await visitor.GetAsync("/publicity/honours/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Contains("诚信典型", feed.Root.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.NotNull(feed.Root.Element(Atom + "updated"));
        Assert.NotNull(feed.Root.Element(Atom + "id"));
        var self = feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.True(Uri.TryCreate((string)self.Attribute("href")!, UriKind.Absolute, out _));
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.All(entries, e =>
        {
            Assert.NotNull(e.Element(Atom + "id"));
            Assert.NotNull(e.Element(Atom + "updated"));
            Assert.True(Uri.IsWellFormedUriString((string)e.Element(Atom + "link")!.Attribute("href")!, UriKind.Absolute));
        });
        var first = entries.First();
        Assert.Equal(title, first.Element(Atom + "title")!.Value);
        Assert.EndsWith($"/publicity/honours/{id}", first.Element(Atom + "id")!.Value, StringComparison.Ordinal);
        Assert.Equal("html", (string?)first.Element(Atom + "content")!.Attribute("type"));
        using var unknown = await visitor.GetAsync("/publicity/no-such-column/feed.atom");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_publisher_creates_renames_and_retires_a_special_column_and_editors_cannot()
    {
        var slug = "zt-" + Unique.Digits(6);
        using var publisher = await SignedInClient.CreateAsync(factory, "xyb.publisher");
        var page = await HtmlPages.GetAsync(publisher, "/publicity/manage/columns");
        using (var badSlug = await HtmlPages.PostFormAsync(publisher, page, "#new-column", new() { ["name"] = "专题", ["slug"] = "管理" }))
        {
            Assert.Contains("栏目地址只能由小写字母", (await HtmlPages.ParseAsync(badSlug)).QuerySelector("#form-error")!.TextContent, StringComparison.Ordinal);
        }

        using (var created = await HtmlPages.PostFormAsync(publisher, page, "#new-column", new() { ["name"] = "疫情防控失信专栏", ["slug"] = slug, ["description"] = "专题" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        using var visitor = factory.CreateClient();
        Assert.Contains("疫情防控失信专栏", (await HtmlPages.GetAsync(visitor, "/publicity")).QuerySelector("#columns")!.TextContent, StringComparison.Ordinal);
        var columnId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.publicity_columns WHERE slug = $1", slug);
        page = await HtmlPages.GetAsync(publisher, "/publicity/manage/columns");
        using (var retired = await HtmlPages.PostFormAsync(publisher, page, $"#column-{slug} form", new() { ["name"] = "疫情防控失信专栏（已结束）", ["active"] = "false" }))
        {
            Assert.Equal("栏目已保存。", (await Flashes.FollowAsync(publisher, retired)).Success);
        }

        using (var gone = await visitor.GetAsync("/publicity/" + slug))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.Equal("疫情防控失信专栏（已结束）", await factory.Database.ScalarAsync<string>("SELECT name FROM credit.publicity_columns WHERE id = $1", columnId));
        using var editor = await SignedInClient.CreateAsync(factory, "xyb.editor");
        using var refused = await editor.GetAsync("/publicity/manage/columns");
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden || HtmlPages.Location(refused).StartsWith("/account/access-denied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_typical_case_starts_from_a_list_entry_with_public_facts_only()
    {
        var uscc = await factory.Database.ScalarAsync<string>(
            "SELECT s.uscc FROM credit.list_entries e JOIN credit.subjects s ON s.id = e.subject_id WHERE e.status = 2 AND s.kind = 1 AND s.uscc IS NOT NULL ORDER BY e.id LIMIT 1");
        using var editor = await SignedInClient.CreateAsync(factory, "xyb.editor");
        var page = await HtmlPages.GetAsync(editor, "/publicity/manage/new?fromCode=" + uscc);
        Assert.NotNull(page.QuerySelector("#prefilled"));
        var body = page.QuerySelector("#Body")!.TextContent;
        Assert.Contains(uscc, body, StringComparison.Ordinal);
        Assert.Contains("认定依据", body, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector<IHtmlInputElement>("#Title")!.Value));

        var wrong = await HtmlPages.GetAsync(editor, "/publicity/manage/new?fromCode=123");
        Assert.Contains("统一社会信用代码", wrong.QuerySelector("#form-error")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<long> CreateAsync(HttpClient editor, string column, string title, string body)
    {
        var form = await HtmlPages.GetAsync(editor, "/publicity/manage/new?column=" + column);
        using var created = await HtmlPages.PostFormAsync(editor, form, "#article-form", new()
        {
            ["Title"] = title, ["Summary"] = "摘要：" + title, ["Source"] = "湖州市市场监督管理局", ["Body"] = body,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await created.Content.ReadAsStringAsync()));
        return long.Parse(HtmlPages.Location(created).Split('?')[0].Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private async Task<long> SubmittedAsync(string column, string title)
    {
        using var editor = await SignedInClient.CreateAsync(factory, "xyb.editor");
        var id = await CreateAsync(editor, column, title, "<p>" + title + " 的正文。</p>");
        var page = await HtmlPages.GetAsync(editor, $"/publicity/manage/articles/{id}");
        (await HtmlPages.PostFormAsync(editor, page, "#submit-form", [])).Dispose();
        return id;
    }

    private async Task<long> PublishedAsync(string column, string title)
    {
        var id = await SubmittedAsync(column, title);
        using var publisher = await SignedInClient.CreateAsync(factory, "xyb.publisher");
        var page = await HtmlPages.GetAsync(publisher, $"/publicity/manage/articles/{id}");
        (await HtmlPages.PostFormAsync(publisher, page, "#publish-form", new() { ["publishAt"] = "" })).Dispose();
        Assert.Equal((short)3, await StatusAsync(id));
        return id;
    }

    private async Task SubmitAndPublishAsync(HttpClient editor, long id)
    {
        var page = await HtmlPages.GetAsync(editor, $"/publicity/manage/articles/{id}");
        (await HtmlPages.PostFormAsync(editor, page, "#submit-form", [])).Dispose();
        using var publisher = await SignedInClient.CreateAsync(factory, "xyb.publisher");
        page = await HtmlPages.GetAsync(publisher, $"/publicity/manage/articles/{id}");
        (await HtmlPages.PostFormAsync(publisher, page, "#publish-form", new() { ["publishAt"] = "" })).Dispose();
        Assert.Equal((short)3, await StatusAsync(id));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IDocument page, long id, string name, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(HtmlPages.AntiforgeryToken(page)), HtmlPages.AntiforgeryField);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        return await client.PostAsync($"/publicity/manage/articles/{id}/attachments", form);
    }

    private static async Task<XDocument> FeedAsync(HttpClient client, string column) =>
        XDocument.Parse(await client.GetStringAsync($"/publicity/{column}/feed.atom"));

    private static List<(string Title, string Id)> FeedEntries(XDocument feed) =>
        feed.Root!.Elements(Atom + "entry").Select(e => (e.Element(Atom + "title")!.Value, e.Element(Atom + "id")!.Value)).ToList();

    private Task<short> StatusAsync(long id) => factory.Database.ScalarAsync<short>("SELECT status FROM credit.publicity_articles WHERE id = $1", id);

    private async Task RunScheduledJobAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledPublishJob>().RunAsync(CancellationToken.None);
    }
}
