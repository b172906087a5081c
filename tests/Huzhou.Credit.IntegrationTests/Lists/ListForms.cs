using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Lists;

/// <summary>
/// Puts an organisation on a list through the real pages: proposed by a department that is an authority for the list
/// (with the decision document attached) and approved by the credit office.
/// </summary>
internal static partial class ListForms
{
    /// <summary>A small, complete PDF (header and end-of-file marker), as a scanned decision would be.</summary>
    public static byte[] DecisionPdf { get; } = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% 认定决定书\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>
    /// The sign-in of a department that is an authority for <paramref name="type"/> (city level, so every district is
    /// visible): the demo market-regulation and credit-office accounts, or a test account of the court, tax, human
    /// resources, emergency management or customs department, created once.
    /// </summary>
    public static async Task<HttpClient> ProposerAsync(CreditAppFactory factory, string type) =>
        await SignedInClient.CreateAsync(factory, type switch
        {
            "SJYZWF" or "JYYCML" or "SHTZXY" => "scjg.staff",
            "HZCXSF" => "xinyongban",
            "SXBZXR" => await DepartmentUserAsync(factory, "HZ-ZY"),
            "ZDSSWF" or "AJNSR" => await DepartmentUserAsync(factory, "HZ-SW"),
            "TQNMGGZ" => await DepartmentUserAsync(factory, "HZ-RSJ"),
            "AQSCYZSX" => await DepartmentUserAsync(factory, "HZ-YJJ"),
            "HGGJRZ" => await DepartmentUserAsync(factory, "HZ-HG"),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no authority department known to the tests"),
        });

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Creating = new();

    /// <summary>A 部门工作人员 account of the department (password <see cref="CreditAppFactory.DemoPassword"/>), created when missing.</summary>
    public static async Task<string> DepartmentUserAsync(CreditAppFactory factory, string departmentCode, string role = CreditRoles.DepartmentStaff)
    {
        var userName = $"it.{departmentCode.ToLowerInvariant()}.{(role == CreditRoles.DepartmentStaff ? "staff" : role.ToLowerInvariant())}";
        var gate = Creating.GetOrAdd(userName, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            if (await users.FindByNameAsync(userName) is not null)
            {
                return userName;
            }

            var db = scope.ServiceProvider.GetRequiredService<CreditIdentityDbContext>();
            var department = await db.Departments.AsNoTracking().FirstAsync(d => d.Code == departmentCode);
            var user = new StaffUser
            {
                UserName = userName,
                DisplayName = department.Name + " 测试",
                DepartmentId = department.Id,
                DistrictCode = department.DistrictCode,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var created = await users.CreateAsync(user, CreditAppFactory.DemoPassword);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return userName;
        }
        finally
        {
            gate.Release();
        }
    }

    public static async Task<long> ListAsync(CreditAppFactory factory, HttpClient office, string type, string uscc, string name, string document, string authority = "湖州市吴兴区人民法院")
    {
        using var proposer = await ProposerAsync(factory, type);
        var form = await HtmlPages.GetAsync(proposer, "/lists/propose");
        using var proposed = await PostProposalAsync(proposer, form, new()
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

    /// <summary>
    /// Posts the proposal form of <paramref name="page"/> as the browser does (multipart, its fields with
    /// <paramref name="values"/> replacing or adding), with <paramref name="document"/> as the decision document
    /// (default: <see cref="DecisionPdf"/>; an empty array sends none).
    /// </summary>
    public static async Task<HttpResponseMessage> PostProposalAsync(HttpClient client, IDocument page, Dictionary<string, string> values, byte[]? document = null, string fileName = "认定决定书.pdf")
    {
        var form = page.QuerySelector<IHtmlFormElement>("#propose-form")
            ?? throw new InvalidOperationException($"No proposal form on the page: {HtmlPages.Describe(page.DocumentElement.OuterHtml)}");
        using var content = new MultipartFormDataContent();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (values.ContainsKey(name))
            {
                continue;
            }

            var value = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio" } box => box.IsChecked ? box.Value : null,
                IHtmlInputElement { Type: "submit" or "button" or "file" } => null,
                IHtmlInputElement input => input.Value,
                IHtmlSelectElement select => select.Value ?? "",
                IHtmlTextAreaElement area => area.Value,
                _ => null,
            };
            if (value is not null)
            {
                content.Add(new StringContent(value), name);
            }
        }

        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        document ??= DecisionPdf;
        if (document.Length > 0)
        {
            var file = new ByteArrayContent(document);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "DecisionDocument", fileName);
        }

        return await client.PostAsync(form.GetAttribute("action"), content);
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
