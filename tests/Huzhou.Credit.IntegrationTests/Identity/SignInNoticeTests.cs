using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>
/// The sign-in pages show only their own messages: the organisation's after a redirect in TempData, the citizen's
/// chosen by a code in the link; text written into a link is never shown.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class SignInNoticeTests(CreditAppFactory factory)
{
    private const string Planted = "您的账户已冻结，请致电 0572-0000000";

    [Fact]
    public async Task Organisation_sign_in_shows_no_text_from_the_link()
    {
        using var browser = SignedInClient.Anonymous(factory);

        var page = await HtmlPages.GetAsync(browser, "/org/login?message=" + Uri.EscapeDataString(Planted));

        Assert.DoesNotContain(Planted, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#message"));
    }

    [Fact]
    public async Task Organisation_sign_in_shows_the_registration_notice_after_registering()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}建设有限公司";
        using (var created = await SubjectForms.SubmitOrganisationAsync(office, name, uscc, "330502", new() { ["IndustryCode"] = "E" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        using var browser = SignedInClient.Anonymous(factory);
        using var registered = await HtmlPages.PostFormAsync(browser, await HtmlPages.GetAsync(browser, "/org/register"), "form[action='/org/register']", new()
        {
            ["LoginName"] = "tongzhi" + Unique.Digits(6), ["Password"] = "Qiye@2026ab", ["Uscc"] = uscc, ["OrganisationName"] = name, ["HandlerName"] = "沈经办",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/org/login", HtmlPages.Location(registered));

        var page = await HtmlPages.GetAsync(browser, "/org/login");

        Assert.Contains("注册已提交", page.QuerySelector("main .alert-success")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("注册已提交", (await HtmlPages.GetAsync(browser, "/org/login")).DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citizen_sign_in_shows_no_text_from_the_link()
    {
        using var browser = SignedInClient.Anonymous(factory);

        var page = await HtmlPages.GetAsync(browser, "/citizen/login?error=" + Uri.EscapeDataString(Planted));

        Assert.DoesNotContain(Planted, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#error"));
    }
}
