using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>The sign-in pages show only their own messages, chosen by a code in the link; text written into a link is never shown.</summary>
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
    public async Task Organisation_sign_in_shows_the_registration_notice_by_its_code()
    {
        using var browser = SignedInClient.Anonymous(factory);

        var page = await HtmlPages.GetAsync(browser, "/org/login?message=registered");

        Assert.Contains("注册已提交", page.QuerySelector("#message")?.TextContent ?? "", StringComparison.Ordinal);
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
