using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;

namespace Huzhou.Credit.IntegrationTests.Workbench;

/// <summary>
/// Issue #26 §1: the staff workbench opens on what waits for its user — each module's to-do count, scoped as the
/// module's own list pages scope it (the deciding department, the credit office of the district, the recipient
/// department), with the nearest working-day deadline and overdue work in red.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed partial class WorkbenchTests(CreditAppFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_new_repair_application_raises_the_deciding_departments_count_with_its_deadline_and_turns_red_when_late()
    {
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        using var otherDepartment = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var before = Count(await HtmlPages.GetAsync(reviewer, "/staff"), "repair-accept");
        var otherBefore = Count(await HtmlPages.GetAsync(otherDepartment, "/staff"), "repair-accept");
        var executeBefore = Count(await HtmlPages.GetAsync(office, "/staff"), "repair-execute");

        var applicationId = await RepairApplicationAsync();

        var page = await HtmlPages.GetAsync(reviewer, "/staff");
        var card = page.QuerySelector("#todo-repair-accept")!;
        Assert.Equal(before + 1, Count(page, "repair-accept"));
        Assert.Equal("/repair", card.GetAttribute("href"));
        Assert.Matches(@"最近期限 \d{4}-\d{2}-\d{2}（(剩 \d+ 个工作日|今日到期)）", card.TextContent);
        // The to-do section comes before the tiles.
        Assert.True(page.QuerySelector("#todo")!.CompareDocumentPosition(page.QuerySelector("a.tile[href='/subjects']")!).HasFlag(DocumentPositions.Following));
        Assert.Equal(otherBefore, Count(await HtmlPages.GetAsync(otherDepartment, "/staff"), "repair-accept"));

        // Past its acceptance deadline: counted as overdue, in red.
        await factory.Database.ExecuteAsync("UPDATE credit.repair_applications SET accept_due = accept_due - 30 WHERE id = $1", applicationId);
        page = await HtmlPages.GetAsync(reviewer, "/staff");
        card = page.QuerySelector("#todo-repair-accept")!;
        Assert.Equal("Overdue", card.GetAttribute("data-urgency"));
        Assert.Contains("border-danger", card.ClassList);
        Assert.Contains("超期", card.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("text-danger", card.QuerySelector(".todo-count")!.ClassList);
        Assert.Matches(@"已超期 [1-9]\d* 件", card.QuerySelector(".todo-detail.text-danger")!.TextContent);
        Assert.Equal("Overdue", page.QuerySelector("#todo a.todo-item")!.GetAttribute("data-urgency")); // overdue work first

        // Accepted, then approved: it moves to the decision item, then to the city credit office's execution item.
        await ActAsync(reviewer, applicationId, "accept");
        Assert.Equal(before, Count(await HtmlPages.GetAsync(reviewer, "/staff"), "repair-accept"));
        Assert.True(Count(await HtmlPages.GetAsync(reviewer, "/staff"), "repair-decide") >= 1);
        await ActAsync(reviewer, applicationId, "approve", "已缴清罚款");
        Assert.Equal(executeBefore + 1, Count(await HtmlPages.GetAsync(office, "/staff"), "repair-execute"));
        Assert.Null((await HtmlPages.GetAsync(reviewer, "/staff")).QuerySelector("#todo-repair-execute"));
    }

    [Fact]
    public async Task A_district_credit_office_sees_only_its_districts_proposals_and_department_staff_see_no_approval_item()
    {
        using var city = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var changxing = await SignedInClient.CreateAsync(factory, "changxing.xyb");
        using var department = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var cityBefore = Count(await HtmlPages.GetAsync(city, "/staff"), "lists-approve");
        var changxingBefore = Count(await HtmlPages.GetAsync(changxing, "/staff"), "lists-approve");

        // A proposal about a 吴兴区 organisation: the city office sees it, 长兴县's office does not.
        var (wuxingCode, wuxingName) = await OrganisationAsync("330502");
        await ProposeAsync(department, wuxingCode, wuxingName);
        var cityPage = await HtmlPages.GetAsync(city, "/staff");
        Assert.Equal(cityBefore + 1, Count(cityPage, "lists-approve"));
        Assert.Equal("/lists?status=Proposed", cityPage.QuerySelector("#todo-lists-approve")!.GetAttribute("href"));
        Assert.Contains("最早一件提出于", cityPage.QuerySelector("#todo-lists-approve")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(changxingBefore, Count(await HtmlPages.GetAsync(changxing, "/staff"), "lists-approve"));

        // One about a 长兴县 organisation: both see it.
        var (changxingCode, changxingName) = await OrganisationAsync("330522");
        // (Proposed by 长兴县's market regulation bureau, an authority for the list; the district office is not.)
        using (var changxingMarket = await SignedInClient.CreateAsync(factory, "changxing.staff"))
        {
            await ProposeAsync(changxingMarket, changxingCode, changxingName);
        }
        Assert.Equal(changxingBefore + 1, Count(await HtmlPages.GetAsync(changxing, "/staff"), "lists-approve"));
        Assert.Equal(cityBefore + 2, Count(await HtmlPages.GetAsync(city, "/staff"), "lists-approve"));

        // The department that proposed does not approve: no approval item on its workbench.
        var departmentPage = await HtmlPages.GetAsync(department, "/staff");
        Assert.Null(departmentPage.QuerySelector("#todo-lists-approve"));
        Assert.NotNull(departmentPage.QuerySelector("#todo"));
    }

    [Fact]
    public async Task Commitments_past_their_term_wait_on_the_recipient_departments_workbench_in_red_and_those_due_soon_in_amber()
    {
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var otherDepartment = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var page = await HtmlPages.GetAsync(staff, "/staff");
        var (overdueBefore, dueBefore) = (Count(page, "commitments-overdue"), Count(page, "commitments-due"));
        var otherBefore = Count(await HtmlPages.GetAsync(otherDepartment, "/staff"), "commitments-overdue");

        var (code, name) = await OrganisationAsync("330502");
        await CommitmentAsync(staff, code, name, Today.AddDays(-3));
        await CommitmentAsync(staff, code, name, Today.AddDays(3));

        page = await HtmlPages.GetAsync(staff, "/staff");
        var overdue = page.QuerySelector("#todo-commitments-overdue")!;
        Assert.Equal(overdueBefore + 1, Count(page, "commitments-overdue"));
        Assert.Equal("Overdue", overdue.GetAttribute("data-urgency"));
        Assert.Equal("/commitments?due=overdue", overdue.GetAttribute("href"));
        Assert.Equal(dueBefore + 1, Count(page, "commitments-due"));
        Assert.Equal("DueSoon", page.QuerySelector("#todo-commitments-due")!.GetAttribute("data-urgency"));
        Assert.Equal(otherBefore, Count(await HtmlPages.GetAsync(otherDepartment, "/staff"), "commitments-overdue"));
    }

    private static async Task CommitmentAsync(HttpClient staff, string code, string name, DateOnly due)
    {
        var form = await HtmlPages.GetAsync(staff, "/commitments/new");
        using var created = await HtmlPages.PostFormAsync(staff, form, "#commitment-form", new()
        {
            ["SubjectCode"] = code, ["SubjectName"] = name, ["Type"] = "ApprovalSubstitution", ["Matter"] = "食品经营许可（告知承诺）",
            ["Content"] = "本单位承诺经营场所、设施设备符合食品安全要求，三个月内接受现场核查。",
            ["SignedOn"] = Today.AddMonths(-4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["DueOn"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await created.Content.ReadAsStringAsync()));
    }

    /// <summary>The count on the card <c>#todo-{key}</c>, 0 when the card is absent (nothing waits).</summary>
    private static long Count(IDocument page, string key) =>
        page.QuerySelector($"#todo-{key} .todo-count") is { } count
            ? long.Parse(count.TextContent.Trim().Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : 0;

    /// <summary>A new organisation with a repairable market-regulation penalty applies online; the application's id.</summary>
    private async Task<long> RepairApplicationAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}贸易有限公司";
        await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        var reference = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        var decided = Today.AddMonths(-5);
        await Deliveries.DeliverAsync(factory,
        [
            new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, reference, decided,
                new PublicityPeriod(decided, decided.AddYears(3), Today.AddMonths(-2), PenaltyClass.General, "2026", true),
                $"[\"某公司\",\"02\",null,null,null,null,null,null,\"沈建国\",\"01\",\"330502********1234\",null,null,\"{reference}\",\"虚假宣传\",\"经查属实\",\"《反不正当竞争法》第二十条\",\"罚款\",\"罚款\",\"5\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]"),
        ]);
        var recordId = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE source_key = $1", reference);
        using var browser = await OrganisationUsers.SignedInAsync(factory, uscc, name);
        var form = await HtmlPages.GetAsync(browser, $"/org/repair/apply/{recordId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent("罚款已缴清，虚假宣传内容已全部撤下。"), "statement" },
        };
        foreach (var material in new[] { "applicationForm", "proofOfFulfilment", "creditCommitment", "licence", "handlerId" })
        {
            var part = new ByteArrayContent("%PDF-1.4\n% 信用修复材料\n"u8.ToArray());
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, material, material + ".pdf");
        }

        using var applied = await browser.PostAsync($"/org/repair/apply/{recordId}", content);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        return long.Parse(HtmlPages.Location(applied).Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static async Task ActAsync(HttpClient staff, long applicationId, string action, string? reason = null)
    {
        var page = await HtmlPages.GetAsync(staff, $"/repair/{applicationId}");
        using var response = await HtmlPages.PostFormAsync(staff, page, $"form[action='/repair/{applicationId}/{action}']", reason is null ? [] : new() { ["reason"] = reason });
        Assert.Null((await Flashes.FollowAsync(staff, response)).Error);
    }

    private async Task<(string Uscc, string Name)> OrganisationAsync(string district)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc(district);
        var name = $"湖州{Unique.ChineseFragment()}实业有限公司";
        await SubjectForms.CreateOrganisationAsync(office, name, uscc, district);
        return (uscc, name);
    }

    private static async Task ProposeAsync(HttpClient client, string code, string name)
    {
        var page = await HtmlPages.GetAsync(client, "/lists/propose");
        using var response = await Lists.ListForms.PostProposalAsync(client, page, new()
        {
            ["ListTypeCode"] = "SJYZWF", ["SubjectCode"] = code, ["SubjectName"] = name, ["DocumentNumber"] = $"湖市监严失〔2026〕{Unique.Digits(5)}号",
            ["Reason"] = "严重违法失信行为", ["Basis"] = "第七条第（一）项", ["DecidingAuthority"] = "湖州市市场监督管理局",
            ["DecisionDate"] = DateTime.UtcNow.AddHours(8).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        Assert.Matches(EntryUrl(), response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex(@"/lists/entries/\d+")]
    private static partial Regex EntryUrl();
}
