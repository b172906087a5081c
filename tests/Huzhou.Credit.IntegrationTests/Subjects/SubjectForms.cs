using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Subjects;

/// <summary>Registers subjects through the real create form, as a clerk would.</summary>
internal static class SubjectForms
{
    public const string FormSelector = "form[action='/subjects/create']";

    public static async Task<HttpResponseMessage> SubmitOrganisationAsync(HttpClient client, string name, string uscc, string district, Dictionary<string, string>? extra = null)
    {
        var page = await HtmlPages.GetAsync(client, "/subjects/create");
        var values = new Dictionary<string, string> { ["Name"] = name, ["Uscc"] = uscc, ["DistrictCode"] = district };
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }

        return await HtmlPages.PostFormAsync(client, page, FormSelector, values);
    }

    public static async Task<HttpResponseMessage> SubmitPersonAsync(HttpClient client, string name, string idNumber, string district)
    {
        var page = await HtmlPages.GetAsync(client, "/subjects/create?person=true");
        return await HtmlPages.PostFormAsync(client, page, FormSelector, new()
        {
            ["Name"] = name,
            ["IdNumber"] = idNumber,
            ["DistrictCode"] = district,
        });
    }

    /// <summary>Submits and asserts the redirect to the new subject's page; returns its id.</summary>
    public static async Task<long> CreateOrganisationAsync(HttpClient client, string name, string uscc, string district = "330502")
    {
        using var response = await SubmitOrganisationAsync(client, name, uscc, district);
        return await CreatedIdAsync(response);
    }

    public static async Task<long> CreatePersonAsync(HttpClient client, string name, string idNumber, string district)
    {
        using var response = await SubmitPersonAsync(client, name, idNumber, district);
        return await CreatedIdAsync(response);
    }

    /// <summary>The form shown again after a refused submission (200, not a redirect).</summary>
    public static async Task<IHtmlDocument> RefusedFormAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"Expected the form to be shown again, got {(int)response.StatusCode} {(response.Headers.Location is null ? "" : HtmlPages.Location(response))}");
        var page = await HtmlPages.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(FormSelector));
        return page;
    }

    /// <summary>Every error message the form shows (general alert and field messages).</summary>
    public static string Errors(IHtmlDocument page) =>
        string.Join(" | ", page.QuerySelectorAll(".alert-danger, .invalid-feedback")
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0));

    private static async Task<long> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Registration answered {(int)response.StatusCode}: {HtmlPages.Describe(await response.Content.ReadAsStringAsync())}");
        var location = HtmlPages.Location(response);
        Assert.StartsWith("/subjects/", location, StringComparison.Ordinal);
        var id = location["/subjects/".Length..].Split('?')[0];
        return long.Parse(id, CultureInfo.InvariantCulture);
    }
}
