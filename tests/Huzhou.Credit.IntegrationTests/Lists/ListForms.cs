using System.Net;
using System.Text.RegularExpressions;
using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Lists;

/// <summary>Puts an organisation on a list through the real pages: proposed and approved by the credit office.</summary>
internal static partial class ListForms
{
    public static async Task<long> ListAsync(HttpClient office, string type, string uscc, string name, string document, string authority = "湖州市吴兴区人民法院")
    {
        var form = await HtmlPages.GetAsync(office, "/lists/propose");
        using var proposed = await HtmlPages.PostFormAsync(office, form, "#propose-form", new()
        {
            ["ListTypeCode"] = type, ["SubjectCode"] = uscc, ["SubjectName"] = name, ["DocumentNumber"] = document,
            ["Reason"] = "测试列入", ["Basis"] = "相关条款", ["DecidingAuthority"] = authority,
            ["DecisionDate"] = DateTime.UtcNow.AddHours(8).AddDays(-10).ToString("yyyy-MM-dd"),
        });
        Assert.True(proposed.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await proposed.Content.ReadAsStringAsync()));
        var id = long.Parse(EntryId().Match(proposed.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await ApproveAsync(office, id);
        return id;
    }

    /// <summary>Approves as the credit office does: a red list in one click, a black list through the confirmation page.</summary>
    public static async Task ApproveAsync(HttpClient office, long id)
    {
        var entry = await HtmlPages.GetAsync(office, $"/lists/entries/{id}");
        if (entry.QuerySelector($"form[action='/lists/entries/{id}/approve']") is not null)
        {
            using var approved = await HtmlPages.PostFormAsync(office, entry, $"form[action='/lists/entries/{id}/approve']", []);
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
            return;
        }

        Assert.NotNull(entry.QuerySelector($"a#approve[href='/lists/entries/{id}/approve']"));
        await NotifyAsync(office, id);
        var confirmation = await HtmlPages.GetAsync(office, $"/lists/entries/{id}/approve");
        using var confirmed = await HtmlPages.PostFormAsync(office, confirmation, "#approve-confirm-form", new() { ["confirmed"] = "true" });
        Assert.True(confirmed.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await confirmed.Content.ReadAsStringAsync()));
    }

    /// <summary>Records the prior notice of a black-list proposal (sent today) and the subject's statement, as the entry page does.</summary>
    public static async Task NotifyAsync(HttpClient client, long id)
    {
        var entry = await HtmlPages.GetAsync(client, $"/lists/entries/{id}");
        if (entry.QuerySelector("#notice-form") is not null)
        {
            using var notice = await HtmlPages.PostFormAsync(client, entry, "#notice-form", new()
            {
                ["noticeSentOn"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), ["noticeMeans"] = "直接送达",
            });
            Assert.True(notice.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await notice.Content.ReadAsStringAsync()));
            entry = await HtmlPages.GetAsync(client, $"/lists/entries/{id}");
        }

        if (entry.QuerySelector("#statement-form") is not null)
        {
            using var statement = await HtmlPages.PostFormAsync(client, entry, "#statement-form", new() { ["statementAnswer"] = "当事人书面陈述：对认定事实无异议。" });
            Assert.True(statement.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await statement.Content.ReadAsStringAsync()));
        }
    }

    [GeneratedRegex(@"/lists/entries/(\d+)")]
    private static partial Regex EntryId();
}
