using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Dossier;

/// <summary>The hall terminal: a Kiosk account stays on the kiosk path; its reports are registered as the terminal's.</summary>
[Collection(CreditCollection.Name)]
public sealed class KioskTerminalTests(CreditAppFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/public")]
    [InlineData("/subjects")]
    [InlineData("/staff")]
    [InlineData("/admin/users")]
    [InlineData("/account/password")]
    [InlineData("/account/login")]
    public async Task A_terminal_is_sent_back_to_the_kiosk_start_from_any_other_page(string path)
    {
        using var kiosk = await SignedInClient.CreateAsync(factory, "kiosk");

        using var response = await kiosk.GetAsync(path);

        // Pages an account may not open go through the access-denied page, which sends the terminal back too.
        var location = response.Headers.Location?.OriginalString ?? "";
        if (location.StartsWith("/account/access-denied", StringComparison.Ordinal) || location.Contains("/account/access-denied", StringComparison.Ordinal))
        {
            using var denied = await kiosk.GetAsync(location);
            location = denied.Headers.Location?.OriginalString ?? "";
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kiosk", location);
    }

    [Fact]
    public async Task The_terminal_searches_opens_a_dossier_and_prints_a_report_registered_as_the_terminals()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc();
        var name = $"湖州{Unique.ChineseFragment()}竹木制品有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc);
        using var kiosk = await SignedInClient.CreateAsync(factory, "kiosk");

        var results = await HtmlPages.GetAsync(kiosk, "/kiosk?q=" + Uri.EscapeDataString(name[2..5]));
        var dossier = await HtmlPages.GetAsync(kiosk, $"/kiosk/dossier/{uscc}");
        using var printed = await HtmlPages.PostFormAsync(kiosk, dossier, "#dossier-report-form", []);
        var report = await HtmlPages.ParseAsync(printed);

        Assert.Contains(name, results.QuerySelector("#kiosk-results")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("打印信用报告", dossier.QuerySelector("#dossier-report")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        var number = report.QuerySelector("#kiosk-report-number")!.TextContent.Trim();
        Assert.Equal(2, await factory.Database.ScalarAsync<short>("SELECT channel FROM credit.dossier_reports WHERE number = $1", number));
        Assert.Equal("kiosk", await factory.Database.ScalarAsync<string>("SELECT issued_by FROM credit.dossier_reports WHERE number = $1", number));
        Assert.Equal(id, await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.dossier_reports WHERE number = $1", number));
        Assert.StartsWith("data:image/png;base64,", report.QuerySelector(".report-qr img")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_and_visitors_cannot_use_the_terminal_pages()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var visitor = SignedInClient.Anonymous(factory);

        using var asStaff = await staff.GetAsync("/kiosk");
        using var asVisitor = await visitor.GetAsync("/kiosk");

        Assert.NotEqual(HttpStatusCode.OK, asStaff.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, asVisitor.StatusCode);
        Assert.Contains("/account/login", asVisitor.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
