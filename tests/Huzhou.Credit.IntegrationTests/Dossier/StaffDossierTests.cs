using System.Net;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Dossier;

/// <summary>
/// The staff view of the dossier: the full record list within the user's districts, the public view outside them,
/// and natural persons only in district, with a purpose, audited.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class StaffDossierTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_persons_dossier_asks_for_a_purpose_audits_each_look_and_is_not_acknowledged_outside_the_district()
    {
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var name = "钱" + Unique.ChineseFragment(2);
        var idNumber = Unique.ResidentId("330522");
        var id = await SubjectForms.CreatePersonAsync(changxing, name, idNumber, "330522");
        var key = "长交罚〔2026〕" + Unique.Digits(6) + "号";
        await DeliverAsync([new IncomingCreditRecord(1, SubjectKeyKind.IdNumber, idNumber, name, "XZCF", 1, key,
            new DateOnly(2026, 3, 1), Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 1)), "[\"x\"]")]);

        var ask = await HtmlPages.GetAsync(changxing, $"/dossier/{id}");
        var auditedBefore = await AuditCountAsync(id);
        var page = await HtmlPages.GetAsync(changxing, $"/dossier/{id}?purpose=" + Uri.EscapeDataString("信用核查") + $"&section={DossierSection.AdministrativePenalty}");
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using var outside = await wuxing.GetAsync($"/dossier/{id}?purpose=" + Uri.EscapeDataString("信用核查"));
        using var invented = await changxing.GetAsync($"/dossier/{id}?purpose=" + Uri.EscapeDataString("随便看看"));

        Assert.NotNull(ask.QuerySelector("select#purpose"));
        Assert.Equal(0, auditedBefore);
        Assert.Equal(name, page.QuerySelector("#dossier-name")!.TextContent);
        // The record's publicity has ended: staff still see it, with its status; the ID number stays masked.
        Assert.Contains(key, page.QuerySelector("#dossier-section")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, page.Body!.OuterHtml, StringComparison.Ordinal);
        Assert.Contains(idNumber[..6] + "********", page.QuerySelector("#dossier-overview")!.TextContent, StringComparison.Ordinal);
        // The link to the record page carries the purpose, so the record opens without asking again.
        Assert.Contains("purpose=", page.QuerySelector("#dossier-section a.code")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(id));
        Assert.Equal("信用核查", await factory.Database.ScalarAsync<string>(
            "SELECT purpose FROM credit.audit_log WHERE action = 'dossier.person.view' AND subject_id = $1", id));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.DoesNotContain(name, await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("请说明查询事由", await invented.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(id));
    }

    [Fact]
    public async Task Staff_in_the_district_see_every_record_with_its_status_and_staff_elsewhere_see_the_public_view()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var id = await SubjectForms.CreateOrganisationAsync(office, $"吴兴{Unique.ChineseFragment()}建材有限公司", uscc, "330502");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var current = "湖吴市监罚〔2026〕" + Unique.Digits(6) + "号";
        var ended = "湖吴市监罚〔2025〕" + Unique.Digits(6) + "号";
        await DeliverAsync(
        [
            new(1, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, current, today.AddDays(-10), Period(today.AddDays(-10), today.AddYears(1)), "[\"x\"]"),
            new(2, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, ended, today.AddYears(-1), Period(today.AddYears(-1), today.AddDays(-2)), "[\"x\"]"),
        ]);

        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var inDistrict = await HtmlPages.GetAsync(wuxing, $"/dossier/{id}?section={DossierSection.AdministrativePenalty}");
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.staff");
        var elsewhere = await HtmlPages.GetAsync(changxing, $"/dossier/{id}?section={DossierSection.AdministrativePenalty}");

        var full = inDistrict.QuerySelector("#dossier-section")!.TextContent;
        Assert.Contains(current, full, StringComparison.Ordinal);
        Assert.Contains(ended, full, StringComparison.Ordinal);
        Assert.Contains("公示期满", full, StringComparison.Ordinal);
        Assert.Null(inDistrict.QuerySelector("#dossier-notice"));
        var limited = elsewhere.QuerySelector("#dossier-section")!.TextContent;
        Assert.Contains(current, limited, StringComparison.Ordinal);
        Assert.DoesNotContain(ended, limited, StringComparison.Ordinal);
        Assert.Contains("不在您的辖区", elsewhere.QuerySelector("#dossier-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await AuditCountAsync(id));
    }

    [Fact]
    public async Task The_overview_shows_the_latest_provincial_evaluation_to_staff_and_not_to_the_public()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"吴兴{Unique.ChineseFragment()}纺织有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        // Two monthly batches of 浙江省公共信用评价结果: 主体名称, 代码, 身份证号码, 批次, 分值, 等级 (1 优秀 … 4 较差), 日期, 机构.
        string Payload(string batch, string score, string grade, DateOnly date) =>
            $"[\"{name}\",\"{uscc}\",null,\"{batch}\",\"{score}\",\"{grade}\",\"{date:yyyy-MM-dd}\",\"浙江省公共信用信息平台\"]";
        await DeliverAsync(
        [
            new(1, SubjectKeyKind.Uscc, uscc, name, "GGXYPJ", 1, "202609", today.AddMonths(-2), Period(today.AddMonths(-2), today.AddMonths(10)), Payload("202609", "688", "3", today.AddMonths(-2))),
            new(2, SubjectKeyKind.Uscc, uscc, name, "GGXYPJ", 1, "202610", today.AddMonths(-1), Period(today.AddMonths(-1), today.AddMonths(11)), Payload("202610", "812.5", "2", today.AddMonths(-1))),
        ]);

        var staff = await HtmlPages.GetAsync(office, $"/dossier/{id}");
        var anonymous = await HtmlPages.GetAsync(SignedInClient.Anonymous(factory), $"/public/dossier/{uscc}");

        var facts = staff.QuerySelector(".dl-grid")!.TextContent;
        Assert.Contains("公共信用评价", facts, StringComparison.Ordinal);
        Assert.Contains("良好（812.5 分，202610 批次）", facts, StringComparison.Ordinal);
        // The item is for government sharing only (its catalogue disclosure): the public overview does not show it.
        Assert.DoesNotContain("公共信用评价", anonymous.QuerySelector(".dl-grid")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("kiosk")]
    public async Task Accounts_without_a_staff_role_cannot_open_a_staff_dossier(string account)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var id = await SubjectForms.CreateOrganisationAsync(office, $"湖州{Unique.ChineseFragment()}贸易有限公司", Unique.Uscc());
        using var client = await SignedInClient.CreateAsync(factory, account);

        using var response = await client.GetAsync($"/dossier/{id}");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("dossier-overview", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<long> AuditCountAsync(long subjectId) => factory.Database.ScalarAsync<long>(
        "SELECT count(*) FROM credit.audit_log WHERE action = 'dossier.person.view' AND subject_id = $1", subjectId);

    private static PublicityPeriod Period(DateOnly start, DateOnly? end) =>
        new(start, end, start.AddMonths(3), PenaltyClass.General, "2025", true);

    private Task DeliverAsync(IReadOnlyList<IncomingCreditRecord> rows) => Deliveries.DeliverAsync(factory, rows);
}
