using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>GET a page and parse it; POST one of its forms the way a browser would, antiforgery token included.</summary>
internal static class HtmlPages
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    /// <summary>GETs <paramref name="url"/>, asserts the status (200 unless told) and parses the body.</summary>
    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"GET {url} answered {(int)response.StatusCode} instead of {(int)expected}: {Describe(html)}");
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    /// <summary>The antiforgery token of the page (the first form that carries one).</summary>
    public static string AntiforgeryToken(IDocument page) =>
        page.QuerySelector<IHtmlInputElement>($"input[name='{AntiforgeryField}']")?.Value
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>
    /// Submits the form found by <paramref name="formSelector"/>: its own fields as a browser would send them
    /// (hidden inputs with the antiforgery token, text values, checked boxes, selected options), with
    /// <paramref name="values"/> replacing or adding fields.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, IDocument page, string formSelector, Dictionary<string, string> values)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on the page: {Describe(page.DocumentElement.OuterHtml)}");
        var action = form.GetAttribute("action") ?? throw new InvalidOperationException($"Form '{formSelector}' has no action.");

        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (values.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        fields.Add(new(name, box.Value));
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }

        fields.AddRange(values);
        return await PostAsync(client, action, fields);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, content);
    }

    /// <summary>The gist of a page for an assertion message: its title, alerts and field errors.</summary>
    public static string Describe(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var parts = document.QuerySelectorAll("title, .alert, .invalid-feedback, .text-danger, h1")
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();
        return parts.Count > 0 ? string.Join(" | ", parts) : html.Length > 500 ? html[..500] : html;
    }

    /// <summary>The path and query of a redirect's target, whether the header is relative or absolute.</summary>
    public static string Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location
            ?? throw new InvalidOperationException($"Response {(int)response.StatusCode} has no Location header.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
