using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Repair;

/// <summary>
/// Objections and repair for natural persons (issue #26 §1): a citizen sees the bad records about himself at
/// <c>/citizen/records</c>, objects to one and applies to repair another under the organisations' rules; the owning
/// department finds both in its queues with the person's ID number masked, and looking at them is audited. Another
/// person's record id in the address is 404, and a filing passes the ID check of the account first.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class PersonRepairTests(CreditAppFactory factory)
{
    private const string Password = "Shimin@2026ab";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_citizen_objects_to_his_own_record_the_department_sees_it_masked_and_another_persons_record_is_404()
    {
        var (subjectId, id, name, login) = await CitizenAsync();
        var wrong = await PenaltyAsync(id, name, Today.AddMonths(-2));
        var (_, otherId, otherName, _) = await CitizenAsync();
        var foreign = await PenaltyAsync(otherId, otherName, Today.AddMonths(-2));
        using var citizen = await SignInAsync(login);

        var page = await HtmlPages.GetAsync(citizen, "/citizen/records");
        Assert.Contains(wrong.Reference, page.QuerySelector("#records")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.Reference, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/citizen/records/{wrong.RecordId}/objection']"));

        // Another person's record: not found, whether asked for the form or posted to.
        foreach (var path in new[] { $"/citizen/records/{foreign.RecordId}/objection", $"/citizen/records/{foreign.RecordId}/repair" })
        {
            using var response = await citizen.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var token = HtmlPages.AntiforgeryToken(await HtmlPages.GetAsync(citizen, $"/citizen/records/{wrong.RecordId}/objection"));
        using (var posted = await ObjectAsync(citizen, foreign.RecordId, "这条处罚记录不是我的，我从未在该地点经营，请核实。", token))
        {
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.objections WHERE record_id = $1", foreign.RecordId));

        // Checked as organisations' are: too short a claim, a file that is no PDF or image.
        using (var tooShort = await ObjectAsync(citizen, wrong.RecordId, "不对"))
        {
            Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
            Assert.Contains("10 至 2000 字", (await HtmlPages.ParseAsync(tooShort)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        }

        using (var zip = await ObjectAsync(citizen, wrong.RecordId, "处罚决定书上的当事人不是我，身份证号码也对不上，请核实主体。", evidence: "PK\u0003\u0004 zip"u8.ToArray()))
        {
            Assert.Contains("只接受 PDF、JPG 或 PNG", (await HtmlPages.ParseAsync(zip)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        }

        using (var submitted = await ObjectAsync(citizen, wrong.RecordId, "处罚决定书上的当事人不是我，身份证号码也对不上，请核实主体。", evidence: Pdf()))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            Assert.Equal("/citizen/records", HtmlPages.Location(submitted));
        }

        var objectionId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.objections WHERE record_id = $1", wrong.RecordId);
        Assert.True(await factory.Database.ScalarAsync<bool>("SELECT applicant_is_person FROM credit.objections WHERE id = $1", objectionId));
        var masked = await factory.Database.ScalarAsync<string>("SELECT subject_code FROM credit.objections WHERE id = $1", objectionId);
        Assert.Equal(id[..6] + "********" + id[^4..], masked);
        Assert.Equal("HZ-SJJ", await factory.Database.ScalarAsync<string>("SELECT department_code FROM credit.objections WHERE id = $1", objectionId));
        // Published for the monitoring alerts (提出异议申诉): ids and the record's words, never the claim or the ID number.
        var filed = await factory.Database.ScalarAsync<string>("SELECT payload::text FROM credit.outbox_messages WHERE event_type = 'repair.objection-filed' AND (payload->>'objectionId')::bigint = $1", objectionId);
        Assert.Contains(wrong.Reference, filed, StringComparison.Ordinal);
        Assert.DoesNotContain("身份证号码也对不上", filed, StringComparison.Ordinal);
        Assert.DoesNotContain(id, filed, StringComparison.Ordinal);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'repair.objection.submit' AND subject_id = $1 AND user_name = $2", subjectId, "citizen:" + login));

        // The owning department's queue: the person by name, marked 自然人, the ID number masked — never whole.
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var queue = await HtmlPages.GetAsync(staff, "/repair/objections");
        var row = queue.QuerySelector($"#objection-queue a[href='/repair/objections/{objectionId}']")!.ParentElement!.ParentElement!;
        Assert.Contains(name, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("自然人", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(masked, row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(id, queue.Body!.InnerHtml, StringComparison.Ordinal);
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using (var notTheirs = await wuxing.GetAsync($"/repair/objections/{objectionId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        }

        // Looking at a person's objection is audited like a person view; the reviewer upholds it and the citizen is told.
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var objection = await HtmlPages.GetAsync(reviewer, $"/repair/objections/{objectionId}");
        Assert.Equal(masked, objection.QuerySelector("#subject-code")!.TextContent.Trim());
        Assert.DoesNotContain(id, objection.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.True(await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'repair.person.view' AND subject_id = $1 AND user_name = 'scjg.reviewer'", subjectId) >= 1);
        using (var upheld = await HtmlPages.PostFormAsync(reviewer, objection, $"form[action='/repair/objections/{objectionId}/decision']", new() { ["outcome"] = "Upheld", ["reason"] = "经核对处罚决定书原件和身份证件，当事人即申请人本人，记录无误。" }))
        {
            Assert.Null((await Flashes.FollowAsync(reviewer, upheld)).Error);
        }

        var mine = await HtmlPages.GetAsync(citizen, "/citizen/records");
        Assert.Contains("维持原记录", mine.QuerySelector("#objections")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_repairs_a_penalty_under_the_organisations_rules_after_the_id_check_of_his_account()
    {
        var (subjectId, id, name, login) = await CitizenAsync();
        var repairable = await PenaltyAsync(id, name, Today.AddMonths(-5));
        var early = await PenaltyAsync(id, name, Today.AddDays(-20));
        using var citizen = await SignInAsync(login);

        // The same eligibility as for organisations: the minimum period of the record's rule version.
        var page = await HtmlPages.GetAsync(citizen, $"/citizen/records/{repairable.RecordId}/repair");
        var form = await HtmlPages.GetAsync(citizen, $"/citizen/records/{early.RecordId}/repair");
        Assert.Contains("届满后方可申请", form.QuerySelector("#eligibility")!.TextContent, StringComparison.Ordinal);
        Assert.Null(form.QuerySelector("#repair-form"));
        using (var tooEarly = await ApplyAsync(citizen, early.RecordId, HtmlPages.AntiforgeryToken(page)))
        {
            Assert.Contains("届满后方可申请", (await HtmlPages.ParseAsync(tooEarly)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains("最短公示期已于", page.QuerySelector("#eligibility")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#licence"));
        using (var missing = await ApplyAsync(citizen, repairable.RecordId, HtmlPages.AntiforgeryToken(page), without: "handlerId"))
        {
            Assert.Contains("申请人身份证明", (await HtmlPages.ParseAsync(missing)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        }

        // The ID check: an account no longer bound to the registry's (masked) ID number files nothing.
        var maskedId = await factory.Database.ScalarAsync<string>("SELECT masked_id_number FROM credit.citizen_accounts WHERE login_name = $1", login);
        await factory.Database.ExecuteAsync("UPDATE credit.citizen_accounts SET masked_id_number = $2 WHERE login_name = $1", login, maskedId[..14] + "0000");
        using (var refused = await ApplyAsync(citizen, repairable.RecordId, HtmlPages.AntiforgeryToken(page)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("身份核验未通过", (await HtmlPages.ParseAsync(refused)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        }

        await factory.Database.ExecuteAsync("UPDATE credit.citizen_accounts SET masked_id_number = $2, active = false WHERE login_name = $1", login, maskedId);
        using (var disabled = await ObjectAsync(citizen, repairable.RecordId, "罚款金额应为一千元而非二千元，请核对处罚决定书原件。", HtmlPages.AntiforgeryToken(page)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, disabled.StatusCode);
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.repair_applications WHERE subject_id = $1", subjectId));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.objections WHERE subject_id = $1", subjectId));
        await factory.Database.ExecuteAsync("UPDATE credit.citizen_accounts SET active = true WHERE login_name = $1", login);

        using var applied = await ApplyAsync(citizen, repairable.RecordId, HtmlPages.AntiforgeryToken(page));
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var applicationId = long.Parse(HtmlPages.Location(applied).Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.Equal($"/citizen/records/applications/{applicationId}", HtmlPages.Location(applied));
        Assert.Equal(4L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.repair_materials WHERE application_id = $1", applicationId));
        Assert.Equal(maskedId, await factory.Database.ScalarAsync<string>("SELECT subject_code FROM credit.repair_applications WHERE id = $1", applicationId));
        Assert.StartsWith("申请人本人", await factory.Database.ScalarAsync<string>("SELECT actor FROM credit.repair_steps WHERE application_id = $1 ORDER BY id LIMIT 1", applicationId), StringComparison.Ordinal);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'repair.apply' AND subject_id = $1", subjectId));

        // Another citizen cannot open it.
        var (_, _, _, otherLogin) = await CitizenAsync();
        using var other = await SignInAsync(otherLogin);
        using (var foreignApplication = await other.GetAsync($"/citizen/records/applications/{applicationId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignApplication.StatusCode);
        }

        // 谁认定、谁修复: the same queue and steps as organisations'; the staff page shows the masked number only and is audited.
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var queue = await HtmlPages.GetAsync(reviewer, "/repair");
        Assert.Contains("自然人", queue.QuerySelector($"#queue a[href='/repair/{applicationId}']")!.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);
        var staffPage = await HtmlPages.GetAsync(reviewer, $"/repair/{applicationId}");
        Assert.Equal(maskedId, staffPage.QuerySelector("#subject-code")!.TextContent.Trim());
        Assert.DoesNotContain(id, staffPage.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.True(await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'repair.person.view' AND subject_id = $1", subjectId) >= 1);
        await ActAsync(reviewer, applicationId, "accept");
        await ActAsync(reviewer, applicationId, "approve", "罚款已缴清，已办理营业执照");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        await ActAsync(office, applicationId, "execute");
        Assert.Equal((short)3, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.credit_records WHERE id = $1", repairable.RecordId));

        var mine = await HtmlPages.GetAsync(citizen, $"/citizen/records/applications/{applicationId}");
        Assert.Equal("已修复", mine.QuerySelector("#status")!.TextContent.Trim());
    }

    /// <summary>A person of 吴兴 known to the registry (delivered by a department) with a citizen account opened at the counter.</summary>
    private async Task<(long SubjectId, string Id, string Name, string Login)> CitizenAsync()
    {
        var id = Unique.ResidentId("330502");
        var name = "钮" + Unique.ChineseFragment(2);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var delivered = await scope.ServiceProvider.GetRequiredService<IRecordDelivery>().DeliverAsync(new("ZYFW", "HZ-TSW", "it-tests", "志愿服务", [new Dictionary<string, string?>
            {
                ["志愿者姓名"] = name, ["身份证号码"] = id, ["服务记录编号"] = "ZY" + Unique.Digits(10), ["服务项目"] = "月河街道垃圾分类宣传",
                ["服务时长（小时）"] = "6", ["服务日期"] = Today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["记录单位"] = "吴兴区志愿者协会",
            }]));
            Assert.True(delivered.AllAccepted, delivered.Problem);
        }

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var login = "sm" + Unique.Digits(8);
        using (var opened = await HtmlPages.PostFormAsync(office, await HtmlPages.GetAsync(office, "/admin/citizens"), "#open-form", new() { ["IdNumber"] = id, ["Name"] = name, ["LoginName"] = login, ["Password"] = Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        var subjectId = await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.citizen_accounts WHERE login_name = $1", login);
        return (subjectId, id, name, login);
    }

    /// <summary>A general-class fine of market regulation on the person, decided on <paramref name="decided"/>, delivered as the department would.</summary>
    private async Task<(string Reference, long RecordId)> PenaltyAsync(string id, string name, DateOnly decided)
    {
        var reference = $"湖市监罚〔{decided.Year}〕{Unique.Digits(5)}号";
        var day = decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var delivered = await scope.ServiceProvider.GetRequiredService<IRecordDelivery>().DeliverAsync(new("XZCF", "HZ-SJJ", "it-tests", "行政处罚", [new Dictionary<string, string?>
            {
                ["行政相对人名称"] = name, ["行政相对人类别"] = "01", ["证件类型"] = "01", ["证件号码"] = id, ["行政处罚决定书文号"] = reference,
                ["违法行为类型"] = "无照经营", ["违法事实"] = "经查，当事人未取得营业执照从事水果零售经营。", ["处罚依据"] = "《无证无照经营查处办法》第十三条",
                ["处罚类别"] = "罚款", ["处罚内容"] = "罚款人民币二千元", ["罚款金额（万元）"] = "0.2", ["处罚决定日期"] = day,
                ["处罚机关"] = "湖州市市场监督管理局", ["处罚机关统一社会信用代码"] = "11330500002546138B", ["数据来源单位"] = "湖州市市场监督管理局",
                ["数据来源单位统一社会信用代码"] = "11330500002546138B", ["案件程序类别"] = "02",
            }]));
            Assert.True(delivered.AllAccepted, delivered.Problem);
        }

        await factory.SettleEventsAsync();
        return (reference, await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE source_key = $1", reference));
    }

    private async Task<HttpClient> SignInAsync(string login)
    {
        var citizen = SignedInClient.Anonymous(factory);
        using var signedIn = await HtmlPages.PostFormAsync(citizen, await HtmlPages.GetAsync(citizen, "/citizen/login"), "#citizen-login", new() { ["loginName"] = login, ["password"] = Password });
        Assert.Equal("/citizen", HtmlPages.Location(signedIn));
        return citizen;
    }

    private static async Task<HttpResponseMessage> ObjectAsync(HttpClient citizen, long recordId, string claim, string? token = null, byte[]? evidence = null)
    {
        token ??= HtmlPages.AntiforgeryToken(await HtmlPages.GetAsync(citizen, $"/citizen/records/{recordId}/objection"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(claim), "claim" },
        };
        if (evidence is not null)
        {
            var part = new ByteArrayContent(evidence);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "evidence", "evidence.pdf");
        }

        return await citizen.PostAsync($"/citizen/records/{recordId}/objection", content);
    }

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient citizen, long recordId, string token, string? without = null)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("罚款已于本月缴清，已依法办理营业执照，今后守法经营。"), "statement" },
        };
        foreach (var name in new[] { "applicationForm", "proofOfFulfilment", "creditCommitment", "handlerId" }.Where(n => n != without))
        {
            var part = new ByteArrayContent(Pdf());
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, name, name + ".pdf");
        }

        return await citizen.PostAsync($"/citizen/records/{recordId}/repair", content);
    }

    private static async Task ActAsync(HttpClient staff, long applicationId, string action, string? reason = null)
    {
        var page = await HtmlPages.GetAsync(staff, $"/repair/{applicationId}");
        using var response = await HtmlPages.PostFormAsync(staff, page, $"form[action='/repair/{applicationId}/{action}']", reason is null ? [] : new() { ["reason"] = reason });
        Assert.Null((await Flashes.FollowAsync(staff, response)).Error);
    }

    private static byte[] Pdf() => "%PDF-1.4\n% 市民信用修复材料\n"u8.ToArray();
}
