using System.Net;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Lists;

/// <summary>
/// The list proposal tried as an attacker would: decision documents that lie about their type (HTML, SVG, an EXE renamed
/// .pdf), a PDF carrying script and HTML (a polyglot: accepted as the PDF it is, and served only as a download, never
/// rendered), names with a direction override; a person's id in <c>/lists/propose?subject=</c> (the form shows the
/// person's registered name: audited as a person view, ADR 0005).
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class ListProposalAttackTests(CreditAppFactory factory)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_decision_document_that_lies_about_its_type_is_refused_and_a_polyglot_pdf_is_only_ever_downloaded()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}实业有限公司";
        await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        using var market = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var document = $"湖市监严失〔2026〕{Unique.Digits(6)}号";

        foreach (var liar in new[]
        {
            "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>\n%%EOF"u8.ToArray(),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n%%EOF"u8.ToArray(),
            "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode. %%EOF"u8.ToArray(),
        })
        {
            var page = await HtmlPages.GetAsync(market, "/lists/propose");
            using var refused = await ListForms.PostProposalAsync(market, page, Fields(uscc, name, document), liar, "认定决定书.pdf");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("只接受 PDF、JPG 或 PNG", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A direction override in the name (“决定书[U+202E]fdp.exe” shows as “决定书exe.pdf”): refused before anything is read.
        var blank = await HtmlPages.GetAsync(market, "/lists/propose");
        using (var overridden = await ListForms.PostProposalAsync(market, blank, Fields(uscc, name, document), ListForms.DecisionPdf, "决定书\u202Efdp.exe"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, overridden.StatusCode);
        }

        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = $1", document));

        // A PDF that also carries script and HTML is a PDF: kept, but served as application/pdf, as an attachment, nosniff.
        var polyglot = "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n"u8.ToArray();
        var form = await HtmlPages.GetAsync(market, "/lists/propose");
        using var proposed = await ListForms.PostProposalAsync(market, form, Fields(uscc, name, document), polyglot, "决定书.html");
        Assert.True(proposed.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await proposed.Content.ReadAsStringAsync()));
        var id = long.Parse(HtmlPages.Location(proposed).Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        using var download = await office.GetAsync($"/lists/entries/{id}/document");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_persons_id_in_the_proposal_address_is_audited_as_a_person_view()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var personName = "沈" + Unique.ChineseFragment(2);
        var personId = await SubjectForms.CreatePersonAsync(office, personName, Unique.ResidentId("330502"), "330502");
        using var market = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var form = await HtmlPages.GetAsync(market, $"/lists/propose?subject={personId}");
        Assert.Equal(personName, form.QuerySelector("#SubjectName")!.GetAttribute("value"));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE subject_id = $1 AND user_name = 'scjg.staff' AND action = 'lists.person.view' AND purpose IS NOT NULL", personId));
    }

    private static Dictionary<string, string> Fields(string uscc, string name, string document) => new()
    {
        ["ListTypeCode"] = "SJYZWF", ["SubjectCode"] = uscc, ["SubjectName"] = name, ["DocumentNumber"] = document, ["Reason"] = "严重违法失信行为",
        ["Basis"] = "第七条第（一）项", ["DecidingAuthority"] = "湖州市市场监督管理局", ["DecisionDate"] = Today.AddDays(-3).ToString("yyyy-MM-dd"),
    };
}
