using System.Text.RegularExpressions;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// Views link with asp-area/asp-controller/asp-action (docs/architecture.md, "Shared Razor pieces"). A link to an action
/// that was renamed or lost its GET route does not fail to render: it falls back to the conventional route
/// (<c>/Lists/Lists/Entry?id=5</c>). Walking the pages the demo city shows, as the public, the credit office and the
/// administrator, finds every such link and every page that answers 500.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed partial class PageLinkTests(CreditAppFactory factory)
{
    /// <summary>Downloads, sign-out and the Hangfire dashboard are not pages to walk into.</summary>
    private static readonly string[] NotWalked = ["export", "letter", "template", "rejections", "evidence", "materials", ".csv", ".json", "logout", "/admin/jobs", "oidc", "/api/", "preview", "progress", "suggest", "replay", "/try"];

    [Theory]
    [InlineData(null, new[] { "/", "/public", "/public/publicity", "/public/lists", "/public/commitments", "/public/schemes", "/verify", "/org/login", "/org/register", "/citizen/login" })]
    [InlineData("xinyongban", new[] { "/staff", "/subjects?page=2", "/lists?page=2", "/sanctions/checks?page=2", "/collection?page=2", "/commitments?page=2", "/dossier/reports" })]
    [InlineData("admin", new[] { "/admin", "/admin/audit?page=2", "/admin/users?page=2" })]
    public async Task Every_link_on_the_pages_goes_to_an_attribute_route(string? user, string[] start)
    {
        using var client = user is null ? SignedInClient.Anonymous(factory) : await SignedInClient.CreateAsync(factory, user);
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(start);
        var perShape = new Dictionary<string, int>();
        var problems = new List<string>();
        var walked = 0;
        while (queue.Count > 0 && walked < 150)
        {
            var url = queue.Dequeue();
            var shape = Digits().Replace(url.Split('?')[0], "N");
            perShape[shape] = perShape.GetValueOrDefault(shape) + 1;
            if (perShape[shape] > 2)
            {
                continue;
            }

            using var response = await client.GetAsync(url);
            walked++;
            if ((int)response.StatusCode >= 500)
            {
                problems.Add($"{url} answered {(int)response.StatusCode}");
            }

            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await HtmlPages.ParseAsync(response);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (ConventionalRoute().IsMatch(href))
                {
                    problems.Add($"{url} links to {href}");
                }

                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !NotWalked.Any(s => href.Contains(s, StringComparison.Ordinal))
                    && seen.Add(href.Split('#')[0]))
                {
                    queue.Enqueue(href.Split('#')[0]);
                }
            }
        }

        Assert.True(walked > start.Length, $"Only {walked} pages walked.");
        Assert.Empty(problems);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    /// <summary>Attribute routes are lower case; the conventional ones start with the area or controller name.</summary>
    [GeneratedRegex("^/[A-Z]")]
    private static partial Regex ConventionalRoute();
}
