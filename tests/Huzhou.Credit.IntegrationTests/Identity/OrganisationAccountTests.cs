using System.Net;
using System.Net.Http.Headers;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Identity;

/// <summary>
/// Organisation users: online registration checked against the registry, verification by the credit office, sign-in
/// on their own cookie scheme (which opens no staff page, and a staff cookie opens none of theirs), the wait after wrong passwords, disabling,
/// an account opened on an authorisation letter, and the organisation reading its own grades with their explanation.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class OrganisationAccountTests(CreditAppFactory factory)
{
    private const string Password = "Qiye@2026ab";

    [Fact]
    public async Task A_registered_organisation_signs_in_once_verified_and_reads_its_own_grades()
    {
        var (id, uscc, name) = await ConstructionCompanyAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var runner = scope.ServiceProvider.GetRequiredService<ScoringRunner>();
            var run = await runner.CreateFullRunAsync(["JZY"], "it-tests", CancellationToken.None);
            await runner.RunAsync(run.Id, CancellationToken.None);
        }

        using var browser = SignedInClient.Anonymous(factory);
        var login = "qiye" + Unique.Digits(6);

        // Refused with the reason: a name that is not the registered one, a code the registry does not know.
        var wrongName = await RegisterAsync(browser, login, uscc, name + "（分公司）");
        Assert.Contains("登记名称不一致", wrongName.QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        var unknown = await RegisterAsync(browser, login, Unique.Uscc("330502"), name);
        Assert.Contains("主体库中没有", unknown.QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        var weak = await RegisterAsync(browser, login, uscc, name, password: "12345678");
        Assert.Contains("密码至少 10 位", weak.QuerySelector("#error")!.TextContent, StringComparison.Ordinal);

        using var registered = await PostRegisterAsync(browser, login, uscc, name, Password);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var pending = await SignInAsync(browser, login, Password);
        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        Assert.Contains("等待信用办核实", (await HtmlPages.ParseAsync(pending)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);

        // The credit office verifies it.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var queue = await HtmlPages.GetAsync(office, "/admin/organisations");
        var account = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.organisation_accounts WHERE login_name = $1", login);
        using var verified = await HtmlPages.PostFormAsync(office, queue, $"form[action='/admin/organisations/{account}/decision']:has(input[value='Verified'])", []);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(2, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.organisation_accounts WHERE id = $1", account));

        using var signedIn = await SignInAsync(browser, login, Password);
        Assert.Equal("/org", HtmlPages.Location(signedIn));
        var home = await HtmlPages.GetAsync(browser, "/org");
        Assert.Equal(name, home.QuerySelector("#organisation-name")!.TextContent.Trim());

        var grades = await HtmlPages.GetAsync(browser, "/org/evaluation");
        var result = Assert.Single(grades.QuerySelectorAll(".evaluation-result"));
        Assert.Contains("建筑业", result.TextContent, StringComparison.Ordinal);
        Assert.Contains("79.00 分", result.TextContent, StringComparison.Ordinal);
        Assert.Contains("省公共信用评价", result.TextContent, StringComparison.Ordinal);

        // The organisation cookie opens no staff page; a staff cookie opens no organisation page.
        using var staffPage = await browser.GetAsync($"/evaluation/fields/JZY/subjects/{id}");
        Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
        Assert.StartsWith("/account/login", new Uri(new Uri("http://x"), HtmlPages.Location(staffPage)).PathAndQuery, StringComparison.Ordinal);
        using var officeOnOrg = await office.GetAsync("/org/evaluation");
        Assert.Equal(HttpStatusCode.Redirect, officeOnOrg.StatusCode);
        Assert.Contains("/org/login", HtmlPages.Location(officeOnOrg), StringComparison.Ordinal);

        // Disabled: the session ends on the next request.
        queue = await HtmlPages.GetAsync(office, "/admin/organisations?status=Verified");
        using var disabled = await HtmlPages.PostFormAsync(office, queue, $"form[action='/admin/organisations/{account}/decision']", new() { ["reason"] = "经办人离职" });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        using var after = await browser.GetAsync("/org");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/org/login", HtmlPages.Location(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_make_this_address_wait_for_the_name()
    {
        var (_, uscc, name) = await ConstructionCompanyAsync();
        using var browser = SignedInClient.Anonymous(factory);
        var login = "suoding" + Unique.Digits(6);
        using (await PostRegisterAsync(browser, login, uscc, name, Password))
        {
        }

        await factory.Database.ExecuteAsync("UPDATE credit.organisation_accounts SET status = 2 WHERE login_name = $1", login);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await SignInAsync(browser, login, "Wrong@20261");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var waiting = await SignInAsync(browser, login, Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Contains("密码错误次数过多", (await HtmlPages.ParseAsync(waiting)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_registration_for_an_organisation_with_an_account_waiting_or_in_use_is_refused()
    {
        var (_, uscc, name) = await ConstructionCompanyAsync();
        using var browser = SignedInClient.Anonymous(factory);
        using (var first = await PostRegisterAsync(browser, "dup" + Unique.Digits(8), uscc, name, Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        // Waiting for the credit office: a second one (another handler, another name) is refused, naming no one.
        var second = await RegisterAsync(browser, "dup" + Unique.Digits(8), uscc, name);
        var message = second.QuerySelector("#error")!.TextContent;
        Assert.Contains("已有待核实或正在使用的企业账户", message, StringComparison.Ordinal);
        Assert.DoesNotContain("沈经办", message, StringComparison.Ordinal);
        Assert.DoesNotContain("dup", message, StringComparison.Ordinal);

        // In use: still refused; once refused by the credit office, the organisation may register again.
        await factory.Database.ExecuteAsync("UPDATE credit.organisation_accounts SET status = 2 WHERE uscc = $1", uscc);
        Assert.Contains("已有待核实或正在使用的企业账户", (await RegisterAsync(browser, "dup" + Unique.Digits(8), uscc, name)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        await factory.Database.ExecuteAsync("UPDATE credit.organisation_accounts SET status = 3 WHERE uscc = $1", uscc);
        using var again = await PostRegisterAsync(browser, "dup" + Unique.Digits(8), uscc, name, Password);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.organisation_accounts WHERE uscc = $1 AND status = 1", uscc));
    }

    [Theory]
    [InlineData("HandlerName", "沈\u202E办经", "文字方向控制字符")]
    [InlineData("HandlerName", "沈\u2066经办", "文字方向控制字符")]
    [InlineData("HandlerName", "沈\u0085经办", "控制字符")]
    [InlineData("HandlerName", "沈\u200F经办", "文字方向控制字符")]
    [InlineData("NoticeEmail", "shen\u202E@example.cn", "电子邮箱格式不正确")]
    [InlineData("Uscc", "wrong-check", "校验位不正确")]
    [InlineData("Uscc", "long", "统一社会信用代码无效")]
    [InlineData("Password", "long", "不能超过 128 位")]
    public async Task Registration_refuses_direction_and_control_characters_wrong_check_characters_and_overlong_values(string field, string value, string expected)
    {
        var (_, uscc, name) = await ConstructionCompanyAsync();
        var values = new Dictionary<string, string>
        {
            ["LoginName"] = "chk" + Unique.Digits(8), ["Password"] = Password, ["Uscc"] = uscc, ["OrganisationName"] = name, ["HandlerName"] = "沈经办", ["NoticeEmail"] = "",
        };
        values[field] = (field, value) switch
        {
            ("Uscc", "wrong-check") => Unique.WithWrongCheckCharacter(uscc),
            ("Uscc", "long") => uscc + new string('0', 5000),
            ("Password", "long") => Password + new string('x', 200),
            _ => System.Text.RegularExpressions.Regex.Unescape(value),
        };
        using var browser = SignedInClient.Anonymous(factory);
        var page = await HtmlPages.GetAsync(browser, "/org/register");
        using var response = await HtmlPages.PostFormAsync(browser, page, "form[action='/org/register']", values);

        if (Huzhou.Credit.SharedKernel.Validation.UnsafeText.IndexOfUnsafe(values[field]) >= 0)
        {
            // The platform's input guard refuses control and bidi formatting characters in any form before the page sees
            // them (Chinese 400); the registration's own check (FormText) stands behind it.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("提交的内容含有不可见的控制字符", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(expected, (await HtmlPages.ParseAsync(response)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.organisation_accounts WHERE uscc = $1", uscc));
    }

    [Fact]
    public async Task The_credit_office_opens_an_account_on_a_PDF_authorisation_letter_and_refuses_other_files()
    {
        var (_, uscc, name) = await ConstructionCompanyAsync();
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var login = "daiban" + Unique.Digits(6);

        using var exe = await CreateWithLetterAsync(office, login, uscc, name, "MZ\u0090\0not a pdf"u8.ToArray(), "委托书.pdf");
        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains("只接受 PDF、JPG 或 PNG", (await HtmlPages.ParseAsync(exe)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);

        var pdf = "%PDF-1.4\n% 授权委托书\n"u8.ToArray();
        using var created = await CreateWithLetterAsync(office, login, uscc, name, pdf, "授权委托书.pdf");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)),
            await factory.Database.ScalarAsync<string>("SELECT letter_sha256 FROM credit.organisation_accounts WHERE login_name = $1", login));

        using var browser = SignedInClient.Anonymous(factory);
        using var signedIn = await SignInAsync(browser, login, Password);
        Assert.Equal("/org", HtmlPages.Location(signedIn));

        // Signing out from the organisation's own page works and ends the session.
        var home = await HtmlPages.GetAsync(browser, "/org");
        using var signedOut = await HtmlPages.PostFormAsync(browser, home, "main form[action='/org/logout']", []);
        Assert.Equal("/org/login", HtmlPages.Location(signedOut));
        using var afterSignOut = await browser.GetAsync("/org");
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);

        // A department user may not open accounts.
        using var department = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var denied = await department.GetAsync("/admin/organisations");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    private async Task<(long Id, string Uscc, string Name)> ConstructionCompanyAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}建设有限公司";
        using var response = await SubjectForms.SubmitOrganisationAsync(office, name, uscc, "330502", new() { ["IndustryCode"] = "E" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await factory.Database.ScalarAsync<long>("SELECT id FROM credit.subjects WHERE uscc = $1", uscc), uscc, name);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RegisterAsync(HttpClient browser, string login, string uscc, string name, string password = Password)
    {
        using var response = await PostRegisterAsync(browser, login, uscc, name, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlPages.ParseAsync(response);
    }

    private static async Task<HttpResponseMessage> PostRegisterAsync(HttpClient browser, string login, string uscc, string name, string password)
    {
        var page = await HtmlPages.GetAsync(browser, "/org/register");
        return await HtmlPages.PostFormAsync(browser, page, "form[action='/org/register']", new()
        {
            ["LoginName"] = login, ["Password"] = password, ["Uscc"] = uscc, ["OrganisationName"] = name, ["HandlerName"] = "沈经办",
        });
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string login, string password)
    {
        var page = await HtmlPages.GetAsync(browser, "/org/login");
        return await HtmlPages.PostFormAsync(browser, page, "form[action='/org/login']", new() { ["LoginName"] = login, ["Password"] = password });
    }

    private static async Task<HttpResponseMessage> CreateWithLetterAsync(HttpClient office, string login, string uscc, string name, byte[] letter, string fileName)
    {
        var page = await HtmlPages.GetAsync(office, "/admin/organisations/new");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(login), "LoginName" },
            { new StringContent(Password), "Password" },
            { new StringContent(uscc), "Uscc" },
            { new StringContent(name), "OrganisationName" },
            { new StringContent("钱经办"), "HandlerName" },
        };
        var file = new ByteArrayContent(letter);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "letter", fileName);
        return await office.PostAsync("/admin/organisations/new", content);
    }
}
