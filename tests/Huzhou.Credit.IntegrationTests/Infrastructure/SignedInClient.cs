using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>
/// A browser-like client: keeps cookies, does not follow redirects (tests assert on them), and signs in
/// through the real login form with its antiforgery token.
/// </summary>
internal static class SignedInClient
{
    public static HttpClient Anonymous(CreditAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>Signs in as <paramref name="userName"/> and asserts the redirect that a successful sign-in answers with.</summary>
    public static async Task<HttpClient> CreateAsync(CreditAppFactory factory, string userName, string password = CreditAppFactory.DemoPassword)
    {
        var client = Anonymous(factory);
        var response = await PostLoginAsync(client, userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Signing in as {userName} answered {(int)response.StatusCode} instead of 302: {HtmlPages.Describe(await response.Content.ReadAsStringAsync())}");
        return client;
    }

    /// <summary>GETs the login page and POSTs its form with the given credentials.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var page = await HtmlPages.GetAsync(client, "/account/login");
        return await HtmlPages.PostFormAsync(client, page, "form[action='/account/login']", new()
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });
    }
}
