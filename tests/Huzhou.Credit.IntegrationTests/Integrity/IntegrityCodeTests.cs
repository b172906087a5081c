using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Huzhou.Credit.IntegrationTests.Integrity;

/// <summary>
/// The personal integrity code as verifiers meet it: a valid code opens its scenarios and is redeemed once; a tampered,
/// expired or replayed code is refused; a partner city's code is honoured, an unknown issuer's refused; key rotation
/// keeps issued codes valid; the code carries no identity.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class IntegrityCodeTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_valid_code_opens_its_scenarios_is_redeemed_once_and_carries_no_identity()
    {
        var code = await IssueAsync(level: 3);
        using var verifier = await VerifierAsync();
        using var verified = await verifier.PostAsJsonAsync("/api/v1/integrity/verifications", new { code });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var body = await verified.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, body.GetProperty("level").GetInt32());
        Assert.Equal("湖州", body.GetProperty("issuerName").GetString());
        var opened = body.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        Assert.Contains("TS-YJ", opened);      // 图书馆免押金借阅 from level A
        Assert.DoesNotContain("TS-ZJ", opened); // 借阅加倍 needs AAA

        // Only the level, a random id and times: nothing that names the person, and not the exact score (issue #23:
        // the code carries the level, as docs/modules/integrity.md says); the answer has no score either.
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(code.Split('.')[1]));
        var claims = JsonDocument.Parse(payload).RootElement.EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["exp", "iat", "iss", "jti", "lvl", "nbf", "ver"], claims);
        Assert.False(body.TryGetProperty("score", out _));

        using (var redeemed = await verifier.PostAsJsonAsync("/api/v1/integrity/redemptions", new { code, scenario = "TS-YJ" }))
        {
            Assert.Equal(HttpStatusCode.Created, redeemed.StatusCode);
        }

        using (var replayed = await verifier.PostAsJsonAsync("/api/v1/integrity/redemptions", new { code, scenario = "TS-YJ" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
            Assert.Contains("已在本场景使用过", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var tooLow = await verifier.PostAsJsonAsync("/api/v1/integrity/redemptions", new { code, scenario = "TS-ZJ" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, tooLow.StatusCode);
        }

        using (var unknown = await verifier.PostAsJsonAsync("/api/v1/integrity/redemptions", new { code, scenario = "NO-SUCH" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.integrity_redemptions WHERE token_id = $1", Jti(code)));
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, "/integrity");
        var row = page.QuerySelectorAll("#scenarios tbody tr").Single(r => r.TextContent.Contains("TS-YJ", StringComparison.Ordinal));
        Assert.Matches(@"[1-9]\d*\s*（[1-9]", row.Children[6].TextContent);

        // The statistics of a period count it under its scenario, category and city; a reversed period is explained.
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var stats = await HtmlPages.GetAsync(office, $"/integrity/redemptions?from={today}&to={today}");
        var scenarioRow = stats.QuerySelectorAll("#by-scenario tbody tr").Single(r => r.Children[1].TextContent == "TS-YJ");
        Assert.True(int.Parse(scenarioRow.Children[4].TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains(stats.QuerySelectorAll("#by-category tr"), r => r.Children[0].TextContent == "图书借阅");
        Assert.Contains(stats.QuerySelectorAll("#by-city tr"), r => r.Children[0].TextContent == "湖州（本市）");
        var reversed = await HtmlPages.GetAsync(office, "/integrity/redemptions?from=2026-05-01&to=2026-04-01");
        Assert.Contains("开始日期须早于结束日期", reversed.QuerySelector("#period-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("TS-YJ", await office.GetStringAsync($"/integrity/redemptions/export?from={today}&to={today}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampered_expired_and_foreign_codes_are_refused()
    {
        using var verifier = await VerifierAsync();
        var code = await IssueAsync(level: 2);
        // The holder edits the level in the payload: the signature no longer matches.
        var parts = code.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"lvl\":2", "\"lvl\":5", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
        Assert.Contains("签名无效", await RefusedAsync(verifier, tampered), StringComparison.Ordinal);

        // A screenshot from ten minutes ago.
        var stale = await IssueAsync(level: 4, issuedAt: DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.Contains("已过期", await RefusedAsync(verifier, stale), StringComparison.Ordinal);

        // An issuer nobody configured, and a partner's key pretending to be this city.
        using var stranger = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        Assert.Contains("互认城市", await RefusedAsync(verifier, Sign(stranger, "https://credit.example.com/integrity", "x-1", 5)), StringComparison.Ordinal);
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IntegrityOptions>>().Value;
        Assert.Contains("签名无效", await RefusedAsync(verifier, Sign(factory.PartnerKey, options.Issuer, "jx-1", 5)), StringComparison.Ordinal);
        Assert.Contains("请扫描", await RefusedAsync(verifier, ""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_citys_code_is_honoured_the_same_way()
    {
        using var verifier = await VerifierAsync();
        var code = Sign(factory.PartnerKey, CreditAppFactory.PartnerIssuer, "jx-1", 4);
        using var verified = await verifier.PostAsJsonAsync("/api/v1/integrity/verifications", new { code });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var body = await verified.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("partnerCity").GetBoolean());
        Assert.Equal("嘉兴", body.GetProperty("issuerName").GetString());
        using var redeemed = await verifier.PostAsJsonAsync("/api/v1/integrity/redemptions", new { code, scenario = "TS-YJ" });
        Assert.Equal(HttpStatusCode.Created, redeemed.StatusCode);
        Assert.Equal(CreditAppFactory.PartnerIssuer, await factory.Database.ScalarAsync<string>("SELECT issuer FROM credit.integrity_redemptions WHERE token_id = $1", Jti(code)));
        // Counted as a partner city's code on the credit office's page.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, "/integrity");
        var row = page.QuerySelectorAll("#scenarios tbody tr").Single(r => r.TextContent.Contains("TS-YJ", StringComparison.Ordinal));
        Assert.Matches(@"（\d+ / [1-9]\d*）", row.Children[6].TextContent);
    }

    [Fact]
    public async Task Key_rotation_keeps_codes_already_issued_valid_and_publishes_both_keys()
    {
        var before = await IssueAsync(level: 4);
        string newKid;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            newKid = await scope.ServiceProvider.GetRequiredService<IntegrityCodes>().RotateAsync(CancellationToken.None);
        }

        var after = await IssueAsync(level: 4);
        Assert.Equal(newKid, new JsonWebToken(after).Kid);
        Assert.NotEqual(new JsonWebToken(before).Kid, newKid);
        using var verifier = await VerifierAsync();
        foreach (var code in new[] { before, after })
        {
            using var verified = await verifier.PostAsJsonAsync("/api/v1/integrity/verifications", new { code });
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        }

        using var anonymous = factory.CreateClient();
        var jwks = JsonDocument.Parse(await anonymous.GetStringAsync("/.well-known/jwks.json")).RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Contains(newKid, jwks);
        Assert.Contains(new JsonWebToken(before).Kid, jwks);
    }

    [Fact]
    public async Task The_verifier_scans_on_the_phone_page_and_records_a_library_deposit_waiver()
    {
        var code = await IssueAsync(level: 3);
        using var verifier = await SignedInClient.CreateAsync(factory, "hexiao.tsg");
        var page = await HtmlPages.GetAsync(verifier, "/integrity/verify");
        using var checkedCode = await HtmlPages.PostFormAsync(verifier, page, "#verify-form", new() { ["code"] = code });
        var result = await HtmlPages.ParseAsync(checkedCode);
        Assert.Equal("A 诚信合格", result.QuerySelector("#level")!.TextContent.Trim());
        Assert.Equal("camera=(self), microphone=(), geolocation=(), payment=()", checkedCode.Headers.GetValues("Permissions-Policy").Single());
        using var redeemed = await HtmlPages.PostFormAsync(verifier, result, "#scenarios form:has(button[data-scenario='TS-YJ'])", []);
        Assert.Contains("图书馆免押金借阅", (await HtmlPages.ParseAsync(redeemed)).QuerySelector("#message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("hexiao.tsg", await factory.Database.ScalarAsync<string>("SELECT verifier FROM credit.integrity_redemptions WHERE token_id = $1", Jti(code)));

        // A screenshot shown again at the same counter is refused.
        using var again = await HtmlPages.PostFormAsync(verifier, result, "#scenarios form:has(button[data-scenario='TS-YJ'])", []);
        Assert.Contains("已在本场景使用过", (await HtmlPages.ParseAsync(again)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);

        // Department staff are not verifiers.
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var denied = await staff.GetAsync("/integrity/verify");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    [Fact]
    public async Task The_verify_page_loads_the_npm_QR_decoder_for_browsers_without_BarcodeDetector()
    {
        // Issue #26: iPhone Safari and Firefox have no BarcodeDetector; the page loads jsQR (npm package jsqr, copied
        // into wwwroot/lib by copy-assets.mjs) before its own scan script, which falls back to it.
        using var verifier = await SignedInClient.CreateAsync(factory, "hexiao.tsg");
        var page = await HtmlPages.GetAsync(verifier, "/integrity/verify");
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!.Split('?')[0]).ToList();
        var decoder = scripts.IndexOf("/lib/jsqr/jsQR.js");
        Assert.True(decoder >= 0, "the verify page does not load /lib/jsqr/jsQR.js: " + string.Join(", ", scripts));
        Assert.True(decoder < scripts.IndexOf("/js/integrity-scan.js"), "jsQR must load before the scan script");
        Assert.NotNull(page.QuerySelector("#scan-button"));
        Assert.NotNull(page.QuerySelector("#scan-video"));

        using var library = await verifier.GetAsync(page.QuerySelector("#qr-decoder")!.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Equal("text/javascript", library.Content.Headers.ContentType?.MediaType);
        Assert.Contains("jsQR", await library.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var scan = await verifier.GetAsync("/js/integrity-scan.js");
        var script = await scan.Content.ReadAsStringAsync();
        Assert.Contains("window.jsQR(", script, StringComparison.Ordinal);
        Assert.Contains("getSupportedFormats", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_code_from_the_credit_office_verifies_but_is_never_redeemed()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var page = await HtmlPages.GetAsync(office, "/integrity");
        using var issued = await HtmlPages.PostFormAsync(office, page, "#test-code-form", new() { ["level"] = "4" });
        var result = await HtmlPages.ParseAsync(issued);
        Assert.StartsWith("data:image/png;base64,", result.QuerySelector("#qr")!.GetAttribute("src"), StringComparison.Ordinal);
        var code = result.QuerySelector("#code")!.TextContent.Trim();

        using var verifier = await VerifierAsync();
        using var verified = await verifier.PostAsJsonAsync("/api/v1/integrity/verifications", new { code });
        var body = await verified.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("test").GetBoolean());
        Assert.Equal(4, body.GetProperty("level").GetInt32());
        using var redeemed = await verifier.PostAsJsonAsync("/api/v1/integrity/redemptions", new { code, scenario = "TS-YJ" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, redeemed.StatusCode);
        Assert.Contains("测试码", await redeemed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'integrity.test-code' AND user_name = 'xinyongban'"));

        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var staffPage = await HtmlPages.GetAsync(staff, "/integrity");
        using var refused = await HtmlPages.PostFormAsync(staff, staffPage, "#test-code-form", new() { ["level"] = "5" });
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task A_persons_score_is_explained_from_the_records_of_the_city()
    {
        var id = Unique.ResidentId("330502");
        const string name = "沈晓梅";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        string Day(int monthsAgo) => today.AddMonths(-monthsAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyDictionary<string, string?> Commitment(string number, string status) => new Dictionary<string, string?>
        {
            ["承诺主体名称"] = name, ["身份证号码"] = id, ["承诺类型"] = "04", ["承诺事项"] = "信用修复申请（信用承诺书）", ["承诺内容"] = "本人承诺按期履行义务，不再发生同类失信行为。",
            ["承诺书编号"] = number, ["承诺日期"] = Day(14), ["承诺期限至"] = Day(2), ["承诺受理部门"] = "湖州市发展和改革委员会", ["履约状态"] = status,
        };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var delivery = scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Contracts.Collection.IRecordDelivery>();
            async Task DeliverAsync(string item, string department, params IReadOnlyDictionary<string, string?>[] rows) =>
                Assert.True((await delivery.DeliverAsync(new(item, department, "it-tests", item, rows))).AllAccepted);
            await DeliverAsync("XYCN", "HZ-FGW", Commitment("GRCN" + Unique.Digits(8), "2"), Commitment("GRCN" + Unique.Digits(8), "2"), Commitment("GRCN" + Unique.Digits(8), "3"));
            await DeliverAsync("BZRY", "HZ-XCB", new Dictionary<string, string?>
            {
                ["获得者名称"] = name, ["身份证号码"] = id, ["荣誉名称"] = "湖州市道德模范", ["荣誉级别"] = "3", ["授予机关"] = "中共湖州市委宣传部",
                ["表彰文号"] = "湖宣〔2025〕" + Unique.Digits(3) + "号", ["授予日期"] = Day(6),
            });
            await DeliverAsync("ZYFW", "HZ-TSW", new Dictionary<string, string?>
            {
                ["志愿者姓名"] = name, ["身份证号码"] = id, ["服务记录编号"] = "ZY" + Unique.Digits(10), ["服务项目"] = "南太湖社区助老服务",
                ["服务时长（小时）"] = "24", ["服务日期"] = Day(3), ["记录单位"] = "湖州市志愿者协会",
            });
            await DeliverAsync("GGXYPJ", "HZ-XYZX", new Dictionary<string, string?>
            {
                ["主体名称"] = name, ["身份证号码"] = id, ["评价批次"] = today.AddMonths(-1).ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture),
                ["评价分值"] = "710", ["评价等级"] = "2", ["评价日期"] = Day(1), ["评价机构"] = "浙江省公共信用信息平台",
            });
        }

        await using var compute = factory.Services.CreateAsyncScope();
        var subject = await compute.ServiceProvider.GetRequiredService<Huzhou.Credit.Contracts.Subjects.ISubjectDirectory>().FindByCodeAsync(id);
        var (facts, result) = await compute.ServiceProvider.GetRequiredService<PersonalScores>().ComputeAsync(subject!.SubjectId, CancellationToken.None);
        Assert.Equal(710m, facts.ProvincialScore);
        Assert.Equal((2, 1, 1, 24m), (facts.CommitmentsKept, facts.CommitmentsBreached, facts.Honours, facts.VolunteerHours));
        // 710 + 10 − 60 + 20 + 12 = 692: level A.
        Assert.Equal(692, result.Score);
        Assert.Equal(3, result.Level);
        Assert.Equal(result.Score, result.Lines.Sum(l => l.Points) + result.Adjustment);
    }

    [Fact]
    public async Task A_citizen_opened_at_the_hall_sees_the_level_and_a_fresh_code_that_verifiers_accept()
    {
        var id = Unique.ResidentId("330523");
        const string name = "钱丽华";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var delivered = await scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Contracts.Collection.IRecordDelivery>().DeliverAsync(new("ZYFW", "HZ-TSW", "it-tests", "志愿服务", [new Dictionary<string, string?>
            {
                ["志愿者姓名"] = name, ["身份证号码"] = id, ["服务记录编号"] = "ZY" + Unique.Digits(10), ["服务项目"] = "安吉县图书馆阅读推广",
                ["服务时长（小时）"] = "40", ["服务日期"] = DateTime.UtcNow.AddHours(8).AddMonths(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["记录单位"] = "安吉县志愿者协会",
            }]));
            Assert.True(delivered.AllAccepted);
        }

        // The hall counter checks the ID card: a wrong name is refused, the right one opens the account.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var counter = await HtmlPages.GetAsync(office, "/admin/citizens");
        var login = "sm" + Unique.Digits(8);
        using (var wrong = await HtmlPages.PostFormAsync(office, counter, "#open-form", new() { ["IdNumber"] = id, ["Name"] = "钱丽", ["LoginName"] = login, ["Password"] = "Shimin@2026ab" }))
        {
            Assert.Contains("姓名与主体库登记的不一致", (await HtmlPages.ParseAsync(wrong)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        }

        using (var opened = await HtmlPages.PostFormAsync(office, counter, "#open-form", new() { ["IdNumber"] = id, ["Name"] = name, ["LoginName"] = login, ["Password"] = "Shimin@2026ab" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        Assert.Equal(id[..6] + "********" + id[14..], await factory.Database.ScalarAsync<string>("SELECT masked_id_number FROM credit.citizen_accounts WHERE login_name = $1", login));

        var citizen = SignedInClient.Anonymous(factory);
        var page = await HtmlPages.GetAsync(citizen, "/citizen/login");
        using (var signedIn = await HtmlPages.PostFormAsync(citizen, page, "#citizen-login", new() { ["loginName"] = login, ["password"] = "Shimin@2026ab" }))
        {
            Assert.Equal("/citizen", HtmlPages.Location(signedIn));
        }

        using var response = await citizen.GetAsync("/citizen");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(id, html, StringComparison.Ordinal);
        Assert.DoesNotContain(id[^4..] + "\"", html, StringComparison.Ordinal);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.True(document.QuerySelector("#score") is not null, HtmlPages.Describe(html));
        // 600 (no provincial result) + 20 for 40 hours of volunteering.
        Assert.Equal("诚信分 620", document.QuerySelector("#score")!.TextContent.Trim());
        Assert.Equal("A 诚信合格", document.QuerySelector("#level")!.TextContent.Trim());
        Assert.Equal(6, document.QuerySelectorAll("#explanation li").Length);
        Assert.StartsWith("data:image/png;base64,", document.QuerySelector("#qr")!.GetAttribute("src"), StringComparison.Ordinal);

        // The refresh hands out a new code each time; a verifier accepts it with the citizen's level.
        var first = JsonDocument.Parse(await citizen.GetStringAsync("/citizen/code")).RootElement.GetProperty("code").GetString()!;
        var second = JsonDocument.Parse(await citizen.GetStringAsync("/citizen/code")).RootElement.GetProperty("code").GetString()!;
        Assert.NotEqual(Jti(first), Jti(second));
        using var verifier = await VerifierAsync();
        using var verified = await verifier.PostAsJsonAsync("/api/v1/integrity/verifications", new { code = second });
        Assert.Equal(3, (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("level").GetInt32());

        // A staff cookie does not open a citizen's page.
        using var staffTry = await office.GetAsync("/citizen");
        Assert.NotEqual(HttpStatusCode.OK, staffTry.StatusCode);
    }

    private async Task<string> IssueAsync(int level, DateTimeOffset? issuedAt = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IntegrityCodes>().IssueAsync(level, CancellationToken.None, issuedAt)).Code;
    }

    private static string Sign(System.Security.Cryptography.ECDsa key, string issuer, string kid, int level)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer, IssuedAt = now, NotBefore = now, Expires = now.AddMinutes(3), TokenType = IntegrityCodes.TokenType,
            Claims = new Dictionary<string, object> { ["jti"] = Guid.NewGuid().ToString("N"), ["lvl"] = level, ["ver"] = 1 },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.EcdsaSha256),
        });
    }

    private static string Jti(string code) => new JsonWebToken(code).Id;

    private static async Task<string> RefusedAsync(HttpClient verifier, string code)
    {
        using var response = await verifier.PostAsJsonAsync("/api/v1/integrity/verifications", new { code });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
    }

    private async Task<HttpClient> VerifierAsync()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "湖州市图书馆借阅系统" + Unique.Digits(4), "integrity:verify", 1000));
        return client;
    }
}
