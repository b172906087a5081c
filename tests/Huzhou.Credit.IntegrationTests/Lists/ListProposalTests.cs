using System.Net;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Lists;

/// <summary>
/// Issue #26 §3: a proposal offers only the list types the proposing department is an authority for (and the server
/// refuses the others), starts from the subject page or from a bad record (prefilled, the record kept as the basis and
/// shown to the approver), carries the decision document checked by its content; the credit office keeps the
/// authorities; the demo lists are proposed by authority departments on plausible subjects.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class ListProposalTests(CreditAppFactory factory)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task The_form_offers_only_the_list_types_of_the_users_department_and_the_server_refuses_the_others()
    {
        var (_, uscc, name) = await OrganisationAsync("330502");
        using var market = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var tax = await ListForms.ProposerAsync(factory, "AJNSR");

        var marketTypes = await OfferedTypesAsync(market);
        var officeTypes = await OfferedTypesAsync(office);
        var taxTypes = await OfferedTypesAsync(tax);
        Assert.Contains("SJYZWF", marketTypes);
        Assert.Contains("JYYCML", marketTypes);
        Assert.DoesNotContain("AJNSR", marketTypes);
        Assert.DoesNotContain("SXBZXR", marketTypes);
        Assert.DoesNotContain("HZCXSF", marketTypes);
        Assert.Contains("HZCXSF", officeTypes);
        Assert.DoesNotContain("SJYZWF", officeTypes);
        Assert.Contains("AJNSR", taxTypes);
        Assert.Contains("ZDSSWF", taxTypes);
        Assert.DoesNotContain("SJYZWF", taxTypes);

        // Posting a type the form does not offer is refused by the server, with the reason, and nothing is written.
        var document = $"湖税信A〔2026〕{Unique.Digits(6)}号";
        var refused = await RefusedAsync(market, "AJNSR", uscc, name, document);
        var officeRefused = await RefusedAsync(office, "SJYZWF", uscc, name, document);
        Assert.Contains("不是“A级纳税人”的认定部门", refused, StringComparison.Ordinal);
        Assert.Contains("不是“市场监督管理严重违法失信名单”的认定部门", officeRefused, StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = $1", document));

        // The authority may.
        var id = await ProposeAsync(tax, "AJNSR", uscc, name, document, file: []);
        Assert.Equal("HZ-SW", await factory.Database.ScalarAsync<string>("SELECT source_department FROM credit.list_entries WHERE id = $1", id));
    }

    [Fact]
    public async Task The_city_credit_office_keeps_the_authorities_of_a_list_type_on_its_page_audited_and_a_type_without_any_is_the_credit_offices()
    {
        var code = "IT" + Unique.Digits(6);
        await factory.Database.ExecuteAsync(
            """
            INSERT INTO credit.list_types (code, name, kind, legal_basis, deciding_authority, subject_kinds, entry_criteria, validity_months,
                                           early_exit_allowed, statement_period_working_days, measures, sort_order, is_active)
            VALUES ($1, $2, 1, '《湖州市测试名单管理办法》', '测试机关', '{1,3,4}', '测试', 12, false, 5, '测试', 900, true)
            """, code, "测试红名单" + code);
        var (_, uscc, name) = await OrganisationAsync("330502");
        using var market = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var districtOffice = await SignedInClient.CreateAsync(factory, "changxing.xyb");

        // No authorities: only the credit office may propose it.
        Assert.DoesNotContain(code, await OfferedTypesAsync(market));
        Assert.Contains(code, await OfferedTypesAsync(office));
        Assert.Contains("只能由信用办提出", await RefusedAsync(market, code, uscc, name, $"测试〔2026〕{Unique.Digits(6)}号"), StringComparison.Ordinal);

        // The list-type page links to the editor; the city credit office names market regulation as the authority.
        var types = await HtmlPages.GetAsync(office, "/lists/types");
        Assert.NotNull(types.QuerySelector($"a[href='/lists/types/{code}/authorities']"));
        Assert.Null((await HtmlPages.GetAsync(market, "/lists/types")).QuerySelector($"a[href='/lists/types/{code}/authorities']"));
        using (var refused = await market.GetAsync($"/lists/types/{code}/authorities"))
        {
            Assert.Contains("/account/access-denied", HtmlPages.Location(refused), StringComparison.Ordinal);
        }

        using (var refused = await districtOffice.GetAsync($"/lists/types/{code}/authorities"))
        {
            Assert.Contains("/account/access-denied", HtmlPages.Location(refused), StringComparison.Ordinal);
        }

        var editor = await HtmlPages.GetAsync(office, $"/lists/types/{code}/authorities");
        Assert.NotNull(editor.QuerySelector("#authorities-form input[name='departments'][value='HZ-SJJ']"));
        using (var unknown = await HtmlPages.PostFormAsync(office, editor, "#authorities-form", new() { ["departments"] = "XX-NONE" }))
        {
            Assert.Contains("未知的部门代码", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var saved = await HtmlPages.PostFormAsync(office, editor, "#authorities-form", new() { ["departments"] = "HZ-SJJ" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(["HZ-SJJ"], await factory.Database.ScalarAsync<string[]>("SELECT authority_departments FROM credit.list_types WHERE code = $1", code));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'lists.type.authorities' AND detail LIKE '%' || $1 || '%'", code));
        Assert.Contains(code, await OfferedTypesAsync(market));
        Assert.DoesNotContain(code, await OfferedTypesAsync(office));
        Assert.Contains("湖州市市场监督管理局", (await HtmlPages.GetAsync(office, "/lists/types")).QuerySelector($"#type-{code} .authorities")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposal_started_from_the_subject_page_has_the_subject_filled_in()
    {
        var (subjectId, uscc, name) = await OrganisationAsync("330502");
        using var market = await SignedInClient.CreateAsync(factory, "scjg.staff");

        var page = await HtmlPages.GetAsync(market, $"/subjects/{subjectId}");
        var link = page.QuerySelector("a#propose-list")!;
        Assert.Equal($"/lists/propose?subject={subjectId}", link.GetAttribute("href"));
        var form = await HtmlPages.GetAsync(market, link.GetAttribute("href")!);
        Assert.Equal(uscc, form.QuerySelector("#SubjectCode")!.GetAttribute("value"));
        Assert.Equal(name, form.QuerySelector("#SubjectName")!.GetAttribute("value"));
        Assert.Equal(subjectId.ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector("input[name='SubjectId']")!.GetAttribute("value"));

        // Another district's subject in the address: 404, as for any of its data.
        var (otherId, _, _) = await OrganisationAsync("330522");
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using (var other = await wuxing.GetAsync($"/lists/propose?subject={otherId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        using var response = await ListForms.PostProposalAsync(market, form, Fields("SJYZWF", $"湖市监严失〔2026〕{Unique.Digits(6)}号"));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        Assert.Equal(subjectId, await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.list_entries WHERE id = $1", EntryId(response)));
    }

    [Fact]
    public async Task A_proposal_started_from_a_bad_record_keeps_the_record_as_its_basis_and_the_approver_sees_it()
    {
        var (subjectId, uscc, name) = await OrganisationAsync("330502");
        var reference = $"湖市监罚〔2026〕{Unique.Digits(6)}号";
        var recordId = await PenaltyAsync(uscc, reference, "HZ-SJJ");
        using var market = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");

        var recordPage = await HtmlPages.GetAsync(market, $"/subjects/{subjectId}/records/{recordId}");
        var link = recordPage.QuerySelector("a#propose-list")!.GetAttribute("href")!;
        Assert.Equal($"/lists/propose?subject={subjectId}&record={recordId}", link);
        var form = await HtmlPages.GetAsync(market, link);
        Assert.Equal(uscc, form.QuerySelector("#SubjectCode")!.GetAttribute("value"));
        Assert.Equal(reference, form.QuerySelector("#DocumentNumber")!.GetAttribute("value"));
        Assert.Equal(Today.AddMonths(-2).ToString("yyyy-MM-dd"), form.QuerySelector("#DecisionDate")!.GetAttribute("value"));
        Assert.Contains(reference, form.QuerySelector("#basis-record")!.TextContent, StringComparison.Ordinal);

        using var response = await ListForms.PostProposalAsync(market, form, new()
        {
            ["ListTypeCode"] = "SJYZWF", ["Reason"] = "受到较重行政处罚，情节严重。", ["Basis"] = "第七条第（一）项", ["DecidingAuthority"] = "湖州市市场监督管理局",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        var id = EntryId(response);
        Assert.Equal(recordId, await factory.Database.ScalarAsync<long>("SELECT basis_record_id FROM credit.list_entries WHERE id = $1", id));

        var recordUrl = $"/subjects/{subjectId}/records/{recordId}";
        var entry = await HtmlPages.GetAsync(office, $"/lists/entries/{id}");
        Assert.NotNull(entry.QuerySelector($"#entry-basis-record a[href='{recordUrl}']"));
        Assert.Contains(reference, entry.QuerySelector("#entry-basis-record")!.TextContent, StringComparison.Ordinal);
        await ListForms.NotifyAsync(office, id);
        var confirmation = await HtmlPages.GetAsync(office, $"/lists/entries/{id}/approve");
        Assert.NotNull(confirmation.QuerySelector($"#basis-record a[href='{recordUrl}']"));
        Assert.NotNull(confirmation.QuerySelector($"#decision-document a[href='/lists/entries/{id}/document']"));
    }

    [Fact]
    public async Task A_record_of_another_department_or_of_a_district_the_user_may_not_see_is_refused_as_the_basis()
    {
        var (changxingId, changxingUscc, changxingName) = await OrganisationAsync("330522");
        var changxingRecord = await PenaltyAsync(changxingUscc, $"长市监罚〔2026〕{Unique.Digits(6)}号", "CX-SJJ");
        var (subjectId, uscc, name) = await OrganisationAsync("330502");
        var taxRecord = await PenaltyAsync(uscc, $"湖税罚〔2026〕{Unique.Digits(6)}号", "HZ-SW");
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using var market = await SignedInClient.CreateAsync(factory, "scjg.staff");

        // Another district's record in the address: 404 for the form, and for a forged post.
        using (var other = await wuxing.GetAsync($"/lists/propose?subject={changxingId}&record={changxingRecord}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        var blank = await HtmlPages.GetAsync(wuxing, "/lists/propose");
        var document = $"湖市监严失〔2026〕{Unique.Digits(6)}号";
        using (var forged = await ListForms.PostProposalAsync(wuxing, blank, new(Fields("SJYZWF", document))
        {
            ["SubjectId"] = changxingId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BasisRecordId"] = changxingRecord.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SubjectCode"] = changxingUscc, ["SubjectName"] = changxingName,
        }))
        {
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        }

        // A record the tax bureau delivered is not market regulation's basis: no button, and the form refuses it.
        var recordPage = await HtmlPages.GetAsync(market, $"/subjects/{subjectId}/records/{taxRecord}");
        Assert.Null(recordPage.QuerySelector("a#propose-list"));
        var form = await HtmlPages.GetAsync(market, $"/lists/propose?subject={subjectId}&record={taxRecord}");
        Assert.Contains("只能以本部门报送的失信记录作为列入依据", form.QuerySelector("#form-error")!.TextContent, StringComparison.Ordinal);
        using (var posted = await ListForms.PostProposalAsync(market, form, new(Fields("SJYZWF", document))
        {
            ["SubjectId"] = subjectId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BasisRecordId"] = taxRecord.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SubjectCode"] = uscc, ["SubjectName"] = name,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Contains("只能以本部门报送的失信记录作为列入依据", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = $1", document));
    }

    [Fact]
    public async Task The_decision_document_is_checked_by_its_content_required_for_black_lists_and_downloaded_by_the_approver_audited()
    {
        var (_, uscc, name) = await OrganisationAsync("330502");
        using var market = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var tax = await ListForms.ProposerAsync(factory, "AJNSR");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var districtOffice = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        var document = $"湖市监严失〔2026〕{Unique.Digits(6)}号";

        var missing = await RefusedAsync(market, "SJYZWF", uscc, name, document, []);
        var notPdf = await RefusedAsync(market, "SJYZWF", uscc, name, document, "这是一个改了扩展名的文本文件"u8.ToArray());
        var truncated = await RefusedAsync(market, "SJYZWF", uscc, name, document, "%PDF-1.4\n1 0 obj << /Type /Catalog"u8.ToArray());
        var tooLarge = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.4\n"u8.CopyTo(tooLarge);
        var large = await RefusedAsync(market, "SJYZWF", uscc, name, document, tooLarge);
        Assert.Contains("请上传认定决定书", missing, StringComparison.Ordinal);
        Assert.Contains("只接受 PDF、JPG 或 PNG", notPdf, StringComparison.Ordinal);
        Assert.Contains("文件不完整或已损坏", truncated, StringComparison.Ordinal);
        Assert.Contains("10 MB", large, StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = $1", document));

        // A PNG scan is accepted (named .pdf or not: the content decides), stored with its hash and served as what it is.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
        var id = await ProposeAsync(market, "SJYZWF", uscc, name, document, png, "决定书扫描件.png");
        Assert.Equal("image/png", await factory.Database.ScalarAsync<string>("SELECT content_type FROM credit.list_entry_documents WHERE entry_id = $1", id));
        Assert.Equal(64, (await factory.Database.ScalarAsync<string>("SELECT sha256 FROM credit.list_entry_documents WHERE entry_id = $1", id)).Length);

        var entry = await HtmlPages.GetAsync(office, $"/lists/entries/{id}");
        Assert.NotNull(entry.QuerySelector($"#decision-document a[href='/lists/entries/{id}/document']"));
        using (var download = await office.GetAsync($"/lists/entries/{id}/document"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        }

        using (var outside = await districtOffice.GetAsync($"/lists/entries/{id}/document"))
        {
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        }

        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'lists.entry.document' AND detail LIKE '%' || $1 || '%'", document));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'lists.entry.propose' AND detail LIKE '%' || $1 || '%决定书%'", document));

        // A red list may go without one.
        var red = await ProposeAsync(tax, "AJNSR", uscc, name, $"湖税信A〔2026〕{Unique.Digits(6)}号", []);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entry_documents WHERE entry_id = $1", red));
        Assert.Null((await HtmlPages.GetAsync(office, $"/lists/entries/{red}")).QuerySelector("#decision-document a"));
    }

    [Fact]
    public async Task Demo_entries_are_proposed_by_an_authority_of_their_list_and_name_plausible_subjects()
    {
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE proposed_by = 'demo-seed'") >= 30);
        var byNonAuthority = await factory.Database.ScalarAsync<long>(
            """
            SELECT count(*) FROM credit.list_entries e JOIN credit.list_types t ON t.code = e.list_type_code
            WHERE e.proposed_by = 'demo-seed' AND NOT (e.source_department = ANY (t.authority_departments))
            """);
        Assert.Equal(0, byNonAuthority);
        foreach (var code in new[] { "SXBZXR", "ZDSSWF", "SJYZWF", "JYYCML", "TQNMGGZ", "AQSCYZSX", "AJNSR", "HGGJRZ", "SHTZXY", "HZCXSF" })
        {
            Assert.True(await factory.Database.ScalarAsync<int>("SELECT cardinality(authority_departments) FROM credit.list_types WHERE code = $1", code) > 0, code);
        }

        // No archive, museum, library, school, hospital, welfare home or association on a demo list; red lists name companies.
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.list_entries WHERE proposed_by = 'demo-seed' AND (subject_name ~ '(档案馆|博物馆|纪念馆|图书馆|文化馆|福利院|敬老院|学校|小学|中学|幼儿园|医院|卫生院|协会|商会|基金会)' OR subject_code NOT LIKE '9%')"));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.list_entries e JOIN credit.list_types t ON t.code = e.list_type_code WHERE e.proposed_by = 'demo-seed' AND t.kind = 1 AND (e.subject_code NOT LIKE '91%' OR e.subject_name NOT LIKE '%公司%')"));
    }

    private static Dictionary<string, string> Fields(string type, string document) => new()
    {
        ["ListTypeCode"] = type, ["DocumentNumber"] = document, ["Reason"] = "严重违法失信行为", ["Basis"] = "第七条第（一）项",
        ["DecidingAuthority"] = "湖州市市场监督管理局", ["DecisionDate"] = Today.AddDays(-3).ToString("yyyy-MM-dd"),
    };

    private async Task<(long Id, string Uscc, string Name)> OrganisationAsync(string district)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc(district);
        var name = $"湖州{Unique.ChineseFragment()}实业有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, district);
        return (id, uscc, name);
    }

    /// <summary>A 行政处罚 record (a bad item) of the organisation, delivered by <paramref name="department"/> two months ago.</summary>
    private async Task<long> PenaltyAsync(string uscc, string reference, string department)
    {
        var decided = Today.AddMonths(-2);
        await Deliveries.DeliverAsync(factory,
        [
            new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, reference, decided,
                new PublicityPeriod(decided, decided.AddYears(3), decided.AddYears(1), PenaltyClass.Serious, "2026", true),
                $"[\"某公司\",\"02\",null,null,null,null,null,null,\"沈建国\",\"01\",\"330502********1234\",null,null,\"{reference}\",\"违法行为\",\"经查属实\",\"相关条款\",\"罚款\",\"罚款\",\"5\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]"),
        ], department);
        return await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE source_key = $1", reference);
    }

    private static async Task<List<string>> OfferedTypesAsync(HttpClient client)
    {
        var page = await HtmlPages.GetAsync(client, "/lists/propose");
        return page.QuerySelectorAll("#ListTypeCode option").Select(o => o.GetAttribute("value") ?? "").Where(v => v.Length > 0).ToList();
    }

    private static async Task<long> ProposeAsync(HttpClient client, string type, string code, string name, string document, byte[]? file = null, string fileName = "认定决定书.pdf")
    {
        var page = await HtmlPages.GetAsync(client, "/lists/propose");
        using var response = await ListForms.PostProposalAsync(client, page, new(Fields(type, document)) { ["SubjectCode"] = code, ["SubjectName"] = name }, file, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        return EntryId(response);
    }

    private static async Task<string> RefusedAsync(HttpClient client, string type, string code, string name, string document, byte[]? file = null)
    {
        var page = await HtmlPages.GetAsync(client, "/lists/propose");
        using var response = await ListForms.PostProposalAsync(client, page, new(Fields(type, document)) { ["SubjectCode"] = code, ["SubjectName"] = name }, file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await HtmlPages.ParseAsync(response);
        return string.Join(" ", form.QuerySelectorAll(".invalid-feedback, #form-error").Select(e => e.TextContent.Trim()));
    }

    private static long EntryId(HttpResponseMessage response) =>
        long.Parse(HtmlPages.Location(response).Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
}
