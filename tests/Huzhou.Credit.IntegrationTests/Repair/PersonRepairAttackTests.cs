using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Repair;

/// <summary>
/// The citizen's objections and repair (<c>/citizen/records</c>) tried as an attacker would: upload names with a client
/// path (which carried the uploader's Windows user name into the staff page), 300 characters (a 500: the column holds
/// 200) or a right-to-left override (“证据[U+202E]fdp.exe” reads as a PDF); 100,000-character and control-character claims;
/// posts without the antiforgery token; the staff cookie on citizen pages and the citizen cookie on staff pages; and every
/// staff look at a person's objection audited, not only the first.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class PersonRepairAttackTests(CreditAppFactory factory)
{
    private const string Password = "Shimin@2026ab";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private const string Claim = "处罚决定书上的当事人不是我，身份证号码也对不上，请核实主体。";

    [Fact]
    public async Task Upload_names_lose_their_client_path_are_cut_to_the_column_and_direction_overrides_are_refused()
    {
        var (subjectId, id, name, login) = await CitizenAsync();
        var withPath = await PenaltyAsync(id, name, Today.AddMonths(-2));
        var longName = await PenaltyAsync(id, name, Today.AddMonths(-2));
        var overridden = await PenaltyAsync(id, name, Today.AddMonths(-2));
        var repairable = await PenaltyAsync(id, name, Today.AddMonths(-5));
        using var citizen = await SignInAsync(login);

        // A client path (old browsers send C:\…\file): only the file's own name is kept.
        using (var posted = await ObjectAsync(citizen, withPath.RecordId, Claim, Pdf(), @"C:\Users\钮小明\Desktop\证据.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        Assert.Equal("证据.pdf", await factory.Database.ScalarAsync<string>("SELECT evidence_file_name FROM credit.objections WHERE record_id = $1", withPath.RecordId));

        // 300 characters: accepted, kept to the column's 200 with the extension (was a 500 from PostgreSQL).
        var tooLong = new string('证', 296) + ".pdf";
        using (var posted = await ObjectAsync(citizen, longName.RecordId, Claim, Pdf(), tooLong))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        Assert.Equal(tooLong[^200..], await factory.Database.ScalarAsync<string>("SELECT evidence_file_name FROM credit.objections WHERE record_id = $1", longName.RecordId));

        // A right-to-left override or a control character in the name: refused with the platform's Chinese message.
        foreach (var forged in new[] { "证据\u202Efdp.exe", "证据\u0007.pdf" })
        {
            using var refused = await ObjectAsync(citizen, overridden.RecordId, Claim, Pdf(), forged);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("控制字符", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.objections WHERE record_id = $1", overridden.RecordId));

        // The repair materials the same: a 300-character name is no 500, a path is dropped.
        var page = await HtmlPages.GetAsync(citizen, $"/citizen/records/{repairable.RecordId}/repair");
        using (var applied = await ApplyAsync(citizen, repairable.RecordId, HtmlPages.AntiforgeryToken(page), n => n == "handlerId" ? @"D:\扫描\" + tooLong : n + ".pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        }

        Assert.Equal(tooLong[^200..], await factory.Database.ScalarAsync<string>(
            "SELECT m.file_name FROM credit.repair_materials m JOIN credit.repair_applications a ON a.id = m.application_id WHERE a.subject_id = $1 AND m.file_name LIKE '证%'", subjectId));
    }

    [Fact]
    public async Task Oversized_or_control_character_claims_forged_posts_and_the_other_cookie_are_refused_and_every_staff_look_is_audited()
    {
        var (subjectId, id, name, login) = await CitizenAsync();
        var record = await PenaltyAsync(id, name, Today.AddMonths(-2));
        using var citizen = await SignInAsync(login);

        // 100,000 characters: the form again with the limit, nothing stored; a control character: 400.
        using (var huge = await ObjectAsync(citizen, record.RecordId, new string('错', 100_000)))
        {
            Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
            Assert.Contains("10 至 2000 字", (await HtmlPages.ParseAsync(huge)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        }

        using (var bell = await ObjectAsync(citizen, record.RecordId, Claim + "\u0007\u001B[2J"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bell.StatusCode);
        }

        // A forged post (no antiforgery token) from another site: 400.
        using (var forged = new MultipartFormDataContent { { new StringContent(Claim), "claim" } })
        using (var response = await citizen.PostAsync($"/citizen/records/{record.RecordId}/objection", forged))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.objections WHERE record_id = $1", record.RecordId));

        // A staff cookie does not open the citizen's pages, nor a citizen cookie the staff queues.
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        foreach (var path in new[] { "/citizen/records", $"/citizen/records/{record.RecordId}/objection" })
        {
            using var response = await reviewer.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/citizen/login", HtmlPages.Location(response), StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/repair", "/repair/objections" })
        {
            using var response = await citizen.GetAsync(path);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }

        using (var submitted = await ObjectAsync(citizen, record.RecordId, Claim))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        // Every look at the person's objection is audited (not once per session), and no full ID number is in the audit text.
        var objectionId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.objections WHERE record_id = $1", record.RecordId);
        for (var i = 0; i < 3; i++)
        {
            await HtmlPages.GetAsync(reviewer, $"/repair/objections/{objectionId}");
        }

        Assert.Equal(3L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE action = 'repair.person.view' AND subject_id = $1 AND user_name = 'scjg.reviewer'", subjectId));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.audit_log WHERE subject_id = $1 AND (coalesce(detail, '') LIKE '%' || $2 || '%' OR coalesce(detail, '') LIKE '%' || $3 || '%')", subjectId, id, name));
    }

    /// <summary>A person of 吴兴 known to the registry with a citizen account opened at the counter (as <see cref="PersonRepairTests"/>).</summary>
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

    /// <summary>A general-class fine of market regulation on the person, decided on <paramref name="decided"/>.</summary>
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

    private static async Task<HttpResponseMessage> ObjectAsync(HttpClient citizen, long recordId, string claim, byte[]? evidence = null, string fileName = "evidence.pdf")
    {
        var token = HtmlPages.AntiforgeryToken(await HtmlPages.GetAsync(citizen, $"/citizen/records/{recordId}/objection"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(claim), "claim" },
        };
        if (evidence is not null)
        {
            var part = new ByteArrayContent(evidence);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "evidence", fileName);
        }

        return await citizen.PostAsync($"/citizen/records/{recordId}/objection", content);
    }

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient citizen, long recordId, string token, Func<string, string> fileName)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("罚款已于本月缴清，已依法办理营业执照，今后守法经营。"), "statement" },
        };
        foreach (var name in new[] { "applicationForm", "proofOfFulfilment", "creditCommitment", "handlerId" })
        {
            var part = new ByteArrayContent(Pdf());
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, name, fileName(name));
        }

        return await citizen.PostAsync($"/citizen/records/{recordId}/repair", content);
    }

    private static byte[] Pdf() => "%PDF-1.4\n% 市民异议证明材料\n"u8.ToArray();
}
