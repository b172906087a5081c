using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Commitments;

/// <summary>
/// Credit commitments end to end: a department enters one (wrong input named), it is published as an XYCN record and
/// on the public page; the department finds it breached, the breach becomes an XYWN bad record and the check API
/// applies the breached-commitment rule; an organisation signs online and only sees its own; commitments delivered
/// by file become workflow rows and a delivered breach gets its bad record.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class CommitmentTests(CreditAppFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_department_enters_a_commitment_and_a_breach_becomes_a_bad_record_that_checks_act_on()
    {
        var (subjectId, uscc, name) = await CompanyAsync();
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var form = await HtmlPages.GetAsync(staff, "/commitments/new");
        var values = new Dictionary<string, string>
        {
            ["SubjectCode"] = uscc[..17] + (uscc[17] == '0' ? '1' : '0'), ["SubjectName"] = name, ["Type"] = "ApprovalSubstitution",
            ["Matter"] = "食品经营许可（告知承诺）", ["Content"] = "本单位承诺经营场所、设施设备符合食品安全要求，三个月内接受现场核查。",
            ["SignedOn"] = Today.AddMonths(-4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["DueOn"] = Today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        using (var wrongCode = await HtmlPages.PostFormAsync(staff, form, "#commitment-form", values))
        {
            Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
            Assert.Contains("统一社会信用代码", (await HtmlPages.ParseAsync(wrongCode)).QuerySelector("#form-error")!.TextContent, StringComparison.Ordinal);
        }

        values["SubjectCode"] = uscc;
        values["DueOn"] = Today.AddMonths(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using (var dueBeforeSigning = await HtmlPages.PostFormAsync(staff, form, "#commitment-form", values))
        {
            Assert.Contains("承诺期限不能早于承诺日期", (await HtmlPages.ParseAsync(dueBeforeSigning)).QuerySelector("#form-error")!.TextContent, StringComparison.Ordinal);
        }

        values["DueOn"] = Today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var created = await HtmlPages.PostFormAsync(staff, form, "#commitment-form", values);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = HtmlPages.Location(created).Split('?')[0];
        var id = long.Parse(path.Split('/')[^1], CultureInfo.InvariantCulture);
        var number = await factory.Database.ScalarAsync<string>("SELECT number FROM credit.commitments WHERE id = $1", id);
        Assert.StartsWith("HZCN" + Today.Year, number, StringComparison.Ordinal);
        // Published as a credit record (履约中), and on the public page.
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE subject_id = $1 AND item_code = 'XYCN' AND source_key = $2", subjectId, number));
        await factory.SettleEventsAsync();
        using var visitor = factory.CreateClient();
        var publicPage = await HtmlPages.GetAsync(visitor, $"/public/commitments?q={uscc}");
        Assert.Contains(number, publicPage.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("履约中", publicPage.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);

        // Overdue for verification in the department's list; another department does not see it.
        var overdue = await HtmlPages.GetAsync(staff, "/commitments?due=overdue&q=" + number);
        Assert.Contains("逾期 3 天", overdue.QuerySelector("#commitments")!.TextContent, StringComparison.Ordinal);
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using (var elsewhere = await wuxing.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        }

        using var system = await CheckClientAsync();
        var before = await CheckAsync(system, uscc);
        Assert.DoesNotContain(number, before.GetRawText(), StringComparison.Ordinal);

        // A breach needs its circumstances; the evidence must be a PDF or an image.
        var page = await HtmlPages.GetAsync(staff, path);
        using (var noNote = await VerifyAsync(staff, page, id, "breached", "", null))
        {
            Assert.Contains("违诺情形", (await Flashes.FollowAsync(staff, noNote)).Error, StringComparison.Ordinal);
        }

        using (var wrongFile = await VerifyAsync(staff, page, id, "breached", "现场核查发现未按承诺配备冷藏设施。", "PK\u0003\u0004"u8.ToArray()))
        {
            Assert.Contains("只接受", (await Flashes.FollowAsync(staff, wrongFile)).Error, StringComparison.Ordinal);
        }

        using (var breached = await VerifyAsync(staff, page, id, "breached", "现场核查发现未按承诺配备冷藏设施。", "%PDF-1.4\n% 现场核查记录\n"u8.ToArray()))
        {
            Assert.Null((await Flashes.FollowAsync(staff, breached)).Error);
        }

        Assert.Equal((short)3, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.commitments WHERE id = $1", id));
        Assert.Equal(64, (await factory.Database.ScalarAsync<string>("SELECT sha256 FROM credit.commitment_evidence WHERE commitment_id = $1", id)).Length);
        // The XYCN record now says 违诺 (with history), and an XYWN bad record names the breach.
        var payload = await factory.Database.ScalarAsync<string>("SELECT payload::text FROM credit.credit_records WHERE subject_id = $1 AND item_code = 'XYCN' AND source_key = $2", subjectId, number);
        Assert.Contains("\"3\"", payload, StringComparison.Ordinal);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_record_changes c JOIN credit.credit_records r ON r.subject_id = c.subject_id AND r.id = c.record_id WHERE r.subject_id = $1 AND r.source_key = $2 AND c.what = 2", subjectId, number));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE subject_id = $1 AND item_code = 'XYWN' AND source_key = $2", subjectId, "WN-" + number));
        // The breach is published once for the monitoring alerts (违背信用承诺).
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.outbox_messages m, jsonb_array_elements(m.payload->'commitments') c WHERE m.event_type = 'commitments.breached' AND (c->>'commitmentId')::bigint = $1 AND c->>'number' = $2",
            id, number));
        await factory.SettleEventsAsync();

        var after = await CheckAsync(system, uscc);
        var hits = after.GetProperty("hits").EnumerateArray().ToList();
        var breachHit = hits.Single(h => h.GetRawText().Contains("违背信用承诺", StringComparison.Ordinal) && h.GetRawText().Contains(number, StringComparison.Ordinal));
        Assert.Equal("CF-XZXK", breachHit.GetProperty("measure").GetProperty("code").GetString());
        Assert.Equal("warn", after.GetProperty("decision").GetString());

        // The public dossier's 信用承诺 section shows the breach record.
        var dossier = await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}?section=Commitment");
        Assert.Contains("违背信用承诺信息", dossier.QuerySelector("#dossier-section")!.TextContent, StringComparison.Ordinal);

        // Decided once: a second verification is refused.
        page = await HtmlPages.GetAsync(staff, path);
        Assert.Null(page.QuerySelector("#verify-form"));
    }

    [Fact]
    public async Task An_organisation_signs_online_sees_only_its_own_and_the_department_records_fulfilment()
    {
        var (subjectId, uscc, name) = await CompanyAsync();
        using var browser = await OrganisationAsync(uscc, name);
        var list = await HtmlPages.GetAsync(browser, "/org/commitments");
        Assert.NotNull(list.QuerySelector("#no-commitments"));
        var templateId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.commitment_templates WHERE code = 'CN-SJJ-SPJY'");
        var sign = await HtmlPages.GetAsync(browser, $"/org/commitments/sign/{templateId}");
        Assert.Contains(name, sign.QuerySelector("#text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(uscc, sign.QuerySelector("#text")!.TextContent, StringComparison.Ordinal);

        using (var notAgreed = await HtmlPages.PostFormAsync(browser, sign, "#sign-form", []))
        {
            Assert.Contains("勾选", (await HtmlPages.ParseAsync(notAgreed)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        }

        using (var signed = await HtmlPages.PostFormAsync(browser, sign, "#sign-form", new() { ["agree"] = "true" }))
        {
            Assert.Equal("/org/commitments", HtmlPages.Location(signed));
            Assert.Contains("已签署", (await Flashes.FollowAsync(browser, signed)).Success, StringComparison.Ordinal);
        }

        var (id, number, source, hash) = await RowAsync(subjectId);
        Assert.Equal((short)2, source); // 网上签署
        Assert.Equal(64, hash.Length);
        Assert.Contains(number, (await HtmlPages.GetAsync(browser, "/org/commitments")).QuerySelector("#commitments")!.TextContent, StringComparison.Ordinal);

        var (_, otherCode, otherName) = await CompanyAsync();
        using var other = await OrganisationAsync(otherCode, otherName);
        Assert.DoesNotContain(number, (await HtmlPages.GetAsync(other, "/org/commitments")).Body!.TextContent, StringComparison.Ordinal);

        // Market regulation (the recipient) verifies fulfilment; the record follows.
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var page = await HtmlPages.GetAsync(reviewer, $"/commitments/{id}");
        using (var fulfilled = await VerifyAsync(reviewer, page, id, "fulfilled", "现场核查符合承诺内容。", null))
        {
            Assert.Null((await Flashes.FollowAsync(reviewer, fulfilled)).Error);
        }

        var payload = await factory.Database.ScalarAsync<string>("SELECT payload::text FROM credit.credit_records WHERE subject_id = $1 AND item_code = 'XYCN'", subjectId);
        Assert.Contains("\"2\"", payload, StringComparison.Ordinal);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE subject_id = $1 AND item_code = 'XYWN'", subjectId));
        Assert.Contains("已践诺", (await HtmlPages.GetAsync(browser, "/org/commitments")).QuerySelector("#commitments")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commitments_delivered_by_file_become_workflow_rows_and_a_delivered_breach_gets_its_bad_record()
    {
        var (first, firstCode, firstName) = await CompanyAsync();
        var (second, secondCode, secondName) = await CompanyAsync();
        var kept = "JSCN" + Unique.Digits(10);
        var broken = "JSCN" + Unique.Digits(10);
        IReadOnlyDictionary<string, string?> Row(string code, string name, string number, string status) => new Dictionary<string, string?>
        {
            ["承诺主体名称"] = name, ["统一社会信用代码"] = code, ["承诺类型"] = "03", ["承诺事项"] = "工程建设领域农民工工资支付承诺",
            ["承诺内容"] = "按月足额支付农民工工资，不拖欠、不克扣。", ["承诺书编号"] = number, ["承诺日期"] = Today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["承诺期限至"] = Today.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["承诺受理部门"] = "湖州市人力资源和社会保障局", ["履约状态"] = status,
        };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var delivery = scope.ServiceProvider.GetRequiredService<IRecordDelivery>();
            var result = await delivery.DeliverAsync(new RecordDeliveryRequest("XYCN", "HZ-RSJ", "it-tests", "人社局承诺.csv",
                [Row(firstCode, firstName, kept, "2"), Row(secondCode, secondName, broken, "3"), Row("91330500MA2B00000O", "无效代码公司", "JSCN-BAD", "1")]));
            Assert.True(result.Completed);
            Assert.Equal(2, result.Inserted);
            Assert.Single(result.Rejections);
        }

        await factory.SettleEventsAsync();
        Assert.Equal((short)2, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.commitments WHERE subject_id = $1 AND number = $2", first, kept));
        Assert.Equal((short)3, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.commitments WHERE subject_id = $1 AND number = $2", second, broken));
        Assert.Equal("HZ-RSJ", await factory.Database.ScalarAsync<string>("SELECT department_code FROM credit.commitments WHERE number = $1", broken));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE subject_id = $1 AND item_code = 'XYWN'", second));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE subject_id = $1 AND item_code = 'XYWN'", first));

        // The same delivery again changes nothing: no second row, no second breach record.
        await factory.SettleEventsAsync();
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.commitments WHERE number = $1", broken));

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var statistics = await HtmlPages.GetAsync(office, "/commitments/statistics");
        Assert.Contains("行业自律型", statistics.QuerySelector("#by-type")!.TextContent, StringComparison.Ordinal);
        var export = await office.GetStringAsync("/commitments/export");
        Assert.Contains($"{broken},{secondName},{secondCode},行业自律型", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_credit_office_cannot_verify_or_withdraw_another_districts_commitment()
    {
        // A commitment in force of a 吴兴 (330502) subject; 长兴县信用办 does not see it, so it may not decide on it either.
        var id = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.commitments WHERE district_code = '330502' AND status = 1 ORDER BY id DESC LIMIT 1");
        using var district = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        using (var hidden = await district.GetAsync($"/commitments/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var token = HtmlPages.AntiforgeryToken(await HtmlPages.GetAsync(district, "/account/password"));
        using var withdrawn = await HtmlPages.PostAsync(district, $"/commitments/{id}/withdraw", [new(HtmlPages.AntiforgeryField, token), new("reason", "申请事项已撤回")]);
        using var verified = await HtmlPages.PostAsync(district, $"/commitments/{id}/verify", [new(HtmlPages.AntiforgeryField, token), new("outcome", "fulfilled"), new("note", "")]);

        Assert.Equal(HttpStatusCode.NotFound, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, verified.StatusCode);
        Assert.Equal(1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.commitments WHERE id = $1", id));
    }

    private async Task<(long Id, string Number, short Source, string Hash)> RowAsync(long subjectId)
    {
        var id = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.commitments WHERE subject_id = $1", subjectId);
        return (id,
            await factory.Database.ScalarAsync<string>("SELECT number FROM credit.commitments WHERE id = $1", id),
            await factory.Database.ScalarAsync<short>("SELECT source FROM credit.commitments WHERE id = $1", id),
            await factory.Database.ScalarAsync<string>("SELECT content_hash FROM credit.commitments WHERE id = $1", id));
    }

    private static async Task<HttpResponseMessage> VerifyAsync(HttpClient staff, AngleSharp.Dom.IDocument page, long id, string outcome, string note, byte[]? evidence)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(outcome), "outcome" },
            { new StringContent(note), "note" },
        };
        if (evidence is not null)
        {
            var part = new ByteArrayContent(evidence);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "evidence", "核查记录.pdf");
        }

        var response = await staff.PostAsync($"/commitments/{id}/verify", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private async Task<(long Id, string Uscc, string Name)> CompanyAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}食品有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        return (id, uscc, name);
    }

    private Task<HttpClient> OrganisationAsync(string uscc, string name) =>
        OrganisationUsers.SignedInAsync(factory, uscc, name);

    private async Task<HttpClient> CheckClientAsync()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "工程建设审批系统" + Unique.Digits(4), "checks:write", 1000));
        return system;
    }

    private static async Task<JsonElement> CheckAsync(HttpClient system, string uscc)
    {
        using var response = await system.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter = "SX-002", stage = "受理" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
