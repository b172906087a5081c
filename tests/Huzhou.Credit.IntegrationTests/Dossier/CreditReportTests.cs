using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using UglyToad.PdfPig;

namespace Huzhou.Credit.IntegrationTests.Dossier;

/// <summary>The credit report: a PDF of the public dossier, recorded in the register, verifiable by number and code.</summary>
[Collection(CreditCollection.Name)]
public sealed class CreditReportTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_visitor_downloads_the_report_whose_text_holds_the_public_dossier_and_it_is_registered_with_its_hash()
    {
        var (uscc, name, id) = await OrganisationAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var shown = "湖市监处罚〔2026〕" + Unique.Digits(6) + "号";
        var ended = "湖市监处罚〔2024〕" + Unique.Digits(6) + "号";
        await DeliverAsync(
        [
            Penalty(1, uscc, shown, today.AddDays(-20), today.AddYears(1)),
            Penalty(2, uscc, ended, today.AddYears(-2), today.AddDays(-3)),
        ]);
        using var visitor = SignedInClient.Anonymous(factory);
        var page = await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}");

        using var response = await HtmlPages.PostFormAsync(visitor, page, "#dossier-report-form", []);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = PdfText(bytes);
        Assert.Contains("湖州市公共信用信息报告", text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains(uscc, text, StringComparison.Ordinal);
        Assert.Contains(shown, text, StringComparison.Ordinal);
        Assert.Contains("违法行为类型", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ended, text, StringComparison.Ordinal);
        Assert.DoesNotContain("330502********", text, StringComparison.Ordinal);
        var (number, code) = await RegisteredAsync(id);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), await factory.Database.ScalarAsync<string>(
            "SELECT content_sha256 FROM credit.dossier_reports WHERE number = $1", number));
        Assert.Equal("公众", await factory.Database.ScalarAsync<string>("SELECT issued_by FROM credit.dossier_reports WHERE number = $1", number));
    }

    [Fact]
    public async Task The_verification_page_confirms_a_real_report_and_refuses_a_wrong_code_or_a_forged_number()
    {
        var (uscc, name, id) = await OrganisationAsync();
        using var visitor = SignedInClient.Anonymous(factory);
        var page = await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}");
        using (var download = await HtmlPages.PostFormAsync(visitor, page, "#dossier-report-form", []))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        var (number, code) = await RegisteredAsync(id);
        var genuine = await HtmlPages.GetAsync(visitor, $"/verify/{number}?code={code.ToLowerInvariant()}");
        var wrongCode = await HtmlPages.GetAsync(visitor, $"/verify/{number}?code=AAAAAAAA", HttpStatusCode.NotFound);
        var forged = await HtmlPages.GetAsync(visitor, $"/verify/HZXY20261127{Unique.Digits(8)}?code={code}", HttpStatusCode.NotFound);
        var askCode = await HtmlPages.GetAsync(visitor, $"/verify/{number}");

        var result = genuine.QuerySelector("#verify-result")!.TextContent;
        Assert.Contains("核验通过", result, StringComparison.Ordinal);
        Assert.Contains(name, result, StringComparison.Ordinal);
        Assert.Equal(await factory.Database.ScalarAsync<string>("SELECT content_sha256 FROM credit.dossier_reports WHERE number = $1", number),
            genuine.QuerySelector("#verify-hash")!.TextContent.Trim());
        Assert.Contains("核验未通过", wrongCode.QuerySelector("#verify-result")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(name, wrongCode.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("核验未通过", forged.QuerySelector("#verify-result")!.TextContent, StringComparison.Ordinal);
        Assert.Null(askCode.QuerySelector("#verify-result"));
        Assert.Equal(number, askCode.QuerySelector<IHtmlInputElement>("#number")!.Value);
    }

    [Fact]
    public async Task The_credit_office_sees_each_issued_report_in_the_register_and_department_staff_cannot()
    {
        var (uscc, name, id) = await OrganisationAsync();
        using var visitor = SignedInClient.Anonymous(factory);
        var page = await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}");
        using (var download = await HtmlPages.PostFormAsync(visitor, page, "#dossier-report-form", []))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        var (number, _) = await RegisteredAsync(id);
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var register = await HtmlPages.GetAsync(office, $"/dossier/reports?uscc={uscc}");
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var refused = await staff.GetAsync("/dossier/reports");

        var table = register.QuerySelector("#report-register")!.TextContent;
        Assert.Contains(number, table, StringComparison.Ordinal);
        Assert.Contains(name, table, StringComparison.Ordinal);
        Assert.Contains("门户网站", table, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task A_report_without_the_antiforgery_token_is_refused_and_nothing_is_registered()
    {
        var (uscc, _, id) = await OrganisationAsync();
        using var visitor = SignedInClient.Anonymous(factory);

        using var response = await visitor.PostAsync($"/public/dossier/{uscc}/report", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.dossier_reports WHERE subject_id = $1", id));
    }

    [Fact]
    public async Task Report_downloads_and_searches_over_the_limit_answer_429_in_Chinese()
    {
        var (uscc, _, _) = await OrganisationAsync();
        await using var limited = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Dossier:ReportsPerMinute", "1");
            b.UseSetting("Dossier:PublicRequestsPerMinute", "3");
        });
        using var visitor = limited.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var page = await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}");
        using var first = await HtmlPages.PostFormAsync(visitor, page, "#dossier-report-form", []);
        using var second = await HtmlPages.PostFormAsync(visitor, page, "#dossier-report-form", []);
        using var search2 = await visitor.GetAsync("/public?q=" + Uri.EscapeDataString("湖州"));
        using var search3 = await visitor.GetAsync("/public?q=" + Uri.EscapeDataString("湖州"));
        using var search4 = await visitor.GetAsync("/public/suggest?q=" + Uri.EscapeDataString("湖州"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("过于频繁", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("60", second.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, search2.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search3.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, search4.StatusCode);
        Assert.Contains("请求过于频繁", await search4.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => p.Text));
    }

    private async Task<(string Number, string Code)> RegisteredAsync(long subjectId) =>
        (await factory.Database.ScalarAsync<string>("SELECT number FROM credit.dossier_reports WHERE subject_id = $1 ORDER BY id DESC LIMIT 1", subjectId),
         await factory.Database.ScalarAsync<string>("SELECT verification_code FROM credit.dossier_reports WHERE subject_id = $1 ORDER BY id DESC LIMIT 1", subjectId));

    private static IncomingCreditRecord Penalty(int row, string uscc, string key, DateOnly decided, DateOnly end) =>
        new(row, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, key, decided,
            new PublicityPeriod(decided, end, decided.AddMonths(3), PenaltyClass.General, "2025", true),
            $"[\"某公司\",\"02\",null,null,null,null,null,null,\"沈建国\",\"01\",\"330502********1234\",null,null,\"{key}\",\"虚假宣传\",\"经查属实\",\"《反不正当竞争法》第二十条\",\"罚款\",\"罚款五万元\",\"5\",null,null,\"2026-01-01\",\"2026-01-01\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]");

    private async Task<(string Uscc, string Name, long Id)> OrganisationAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc();
        var name = $"湖州{Unique.ChineseFragment()}新材料有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc);
        return (uscc, name, id);
    }

    private Task DeliverAsync(IReadOnlyList<IncomingCreditRecord> rows) => Deliveries.DeliverAsync(factory, rows);
}
