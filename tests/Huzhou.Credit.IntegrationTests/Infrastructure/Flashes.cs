using System.Net;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>
/// The message a post/redirect/get action leaves for the next page: TempData (<see cref="Flash"/>), shown once by the
/// layout (green success, red error). A test follows the redirect, as the browser does, and reads it there.
/// </summary>
internal static class Flashes
{
    /// <summary>Follows <paramref name="redirect"/> and returns the layout's success and error messages on the page it leads to.</summary>
    public static async Task<(string? Success, string? Error)> FollowAsync(HttpClient client, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var page = await HtmlPages.GetAsync(client, HtmlPages.Location(redirect));
        return (page.QuerySelector("#main > .alert-success")?.TextContent.Trim(), page.QuerySelector("#main > .alert-danger")?.TextContent.Trim());
    }

    /// <summary>
    /// The error message a response leaves in TempData, read from the TempData cookie it sets with the application's own
    /// provider, without following it (for callers that share one client between parallel requests), or null.
    /// </summary>
    public static string? ErrorOf(CreditAppFactory factory, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            return null;
        }

        var cookies = setCookies.Select(c => c.Split(';')[0]).Where(c => c.StartsWith(CookieTempDataProvider.CookieName, StringComparison.Ordinal)).ToList();
        if (cookies.Count == 0)
        {
            return null;
        }

        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Request.Headers.Cookie = string.Join("; ", cookies);
        var values = factory.Services.GetRequiredService<ITempDataProvider>().LoadTempData(context);
        return values.TryGetValue(Flash.ErrorKey, out var error) ? error as string : null;
    }
}
