using System.Net;
using System.Text.RegularExpressions;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Huzhou.Credit.Lists.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Lists;

/// <summary>
/// The life of a list entry: a department proposes, the credit office approves (public and in the dossier),
/// removes early where the list allows it, and the nightly job expires entries; bad proposals are explained.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed partial class ListLifecycleTests(CreditAppFactory factory)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_proposal_is_public_only_after_the_credit_office_approves_it_and_every_step_is_recorded()
    {
        var (uscc, name) = await OrganisationAsync("330502");
        using var department = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var document = $"湖市监严失〔2026〕{Unique.Digits(5)}号";

        var id = await ProposeAsync(department, "SJYZWF", uscc, name, document);
        var beforeApproval = await HtmlPages.GetAsync(factory.CreateClient(), $"/public/dossier/{uscc}?section={DossierSection.BlackList}");
        using var selfApproval = await PostActionAsync(department, id, "approve");
        Assert.Equal(1, await StatusAsync(id, expected: 1));

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        await ListForms.NotifyAsync(department, id);
        using var approved = await PostActionAsync(office, id, "approve", new() { ["confirmed"] = "true" });
        // The public dossier is cached by the subject's data version, which the approval's event bumps.
        await factory.SettleEventsAsync();
        var dossier = await HtmlPages.GetAsync(factory.CreateClient(), $"/public/dossier/{uscc}?section={DossierSection.BlackList}");
        var publicList = await HtmlPages.GetAsync(factory.CreateClient(), "/public/lists?type=SJYZWF&q=" + Uri.EscapeDataString(name));

        Assert.Contains("暂无公示中的黑名单信息", beforeApproval.QuerySelector("#dossier-section")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, selfApproval.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(2, await StatusAsync(id));
        Assert.Contains(document, dossier.QuerySelector("#dossier-section")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("列入黑名单", dossier.QuerySelector("#dossier-overview")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("黑名单 1", Regex.Replace(dossier.QuerySelector("#dossier-tabs")!.TextContent, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains(name, publicList.QuerySelector("#public-lists")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entry_changes WHERE entry_id = $1", id));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'lists.entry.approve' AND detail LIKE '%' || $1 || '%'", document));
    }

    [Fact]
    public async Task The_entry_page_names_the_proposing_department_and_person_with_codes_in_tooltips()
    {
        var (uscc, name) = await OrganisationAsync("330502");
        using var department = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var id = await ProposeAsync(department, "SJYZWF", uscc, name, $"湖市监严失〔2026〕{Unique.Digits(5)}号");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        await ListForms.ApproveAsync(office, id);

        var entry = await HtmlPages.GetAsync(office, $"/lists/entries/{id}");

        // Issue #26: "湖州市市场监督管理局（市场监管 王科员，…）", not "HZ-SJJ（scjg.staff，…）".
        var proposer = entry.QuerySelector("#entry-proposer")!;
        Assert.StartsWith("湖州市市场监督管理局（市场监管 王科员，", proposer.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("scjg.staff", proposer.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("HZ-SJJ", proposer.TextContent, StringComparison.Ordinal);
        Assert.NotNull(proposer.QuerySelector("span[title='HZ-SJJ']"));
        Assert.NotNull(proposer.QuerySelector("span[title='scjg.staff']"));
        var decider = entry.QuerySelector("#entry-decider span[title='xinyongban']");
        Assert.NotNull(decider);
        Assert.NotEqual("xinyongban", decider.TextContent.Trim());
    }

    [Fact]
    public async Task Approving_a_black_list_entry_needs_the_confirmation_that_shows_what_will_be_public()
    {
        var (uscc, name) = await OrganisationAsync("330502");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var market = await ListForms.ProposerAsync(factory, "SJYZWF");
        using var tax = await ListForms.ProposerAsync(factory, "AJNSR");
        var document = $"湖市监严失〔2026〕{Unique.Digits(5)}号";
        var black = await ProposeAsync(market, "SJYZWF", uscc, name, document);
        var red = await ProposeAsync(tax, "AJNSR", uscc, name, $"湖税信A〔2026〕{Unique.Digits(5)}号");
        await ListForms.NotifyAsync(office, black);

        // The plain approval (the old one-click form) is refused for a black list: nothing changes.
        using var skipped = await PostActionAsync(office, black, "approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, skipped.StatusCode);
        Assert.Contains("确认页面核对将在信用网站公示的内容", await skipped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await StatusAsync(black));

        // The entry page leads to the confirmation page, which shows exactly what the public will see.
        var entry = await HtmlPages.GetAsync(office, $"/lists/entries/{black}");
        Assert.Null(entry.QuerySelector($"form[action='/lists/entries/{black}/approve']"));
        Assert.NotNull(entry.QuerySelector($"a#approve[href='/lists/entries/{black}/approve']"));
        var confirmation = await HtmlPages.GetAsync(office, $"/lists/entries/{black}/approve");
        var preview = Regex.Replace(confirmation.QuerySelector("#public-preview")!.TextContent, @"\s+", " ");
        foreach (var expected in new[] { name, uscc, "严重违法失信行为", "第七条第（一）项", "湖州市市场监督管理局", document, "列入事由", "认定依据", "认定机关", "决定文书号", "决定日期", "列入日期", "有效期至" })
        {
            Assert.Contains(expected, preview, StringComparison.Ordinal);
        }

        using var department = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using (var refused = await department.GetAsync($"/lists/entries/{black}/approve"))
        {
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        }

        using var confirmed = await HtmlPages.PostFormAsync(office, confirmation, "#approve-confirm-form", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await StatusAsync(black));
        Assert.Contains("已核对公示内容", await factory.Database.ScalarAsync<string>("SELECT reason FROM credit.list_entry_changes WHERE entry_id = $1 AND new_status = 2", black), StringComparison.Ordinal);

        // A red list stays one click.
        using var redApproved = await PostActionAsync(office, red, "approve");
        Assert.Equal(HttpStatusCode.Redirect, redApproved.StatusCode);
        Assert.Equal(2, await StatusAsync(red));
    }

    [Fact]
    public async Task The_day_wage_arrears_were_paid_is_recorded_with_history_and_audit_and_early_exit_counts_from_it()
    {
        var (uscc, name) = await OrganisationAsync("330502");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        long wages;
        using (var labour = await ListForms.ProposerAsync(factory, "TQNMGGZ"))
        {
            wages = await ProposeAsync(labour, "TQNMGGZ", uscc, name, $"湖人社失〔2026〕{Unique.Digits(5)}号");
        }

        await ListForms.ApproveAsync(office, wages);
        using var otherDepartment = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var serious = await ProposeAsync(otherDepartment, "SJYZWF", uscc, name, $"湖市监严失〔2026〕{Unique.Digits(5)}号");
        await factory.Database.ExecuteAsync("UPDATE credit.list_entries SET effective_from = $2, decision_date = $2 WHERE id = $1", wages, Today.AddMonths(-10));

        // The department in another line of business may not record it; a day to come is refused.
        using var refused = await PostActionAsync(otherDepartment, wages, "obligation-met", new() { ["obligationMetOn"] = Today.AddMonths(-2).ToString("yyyy-MM-dd") });
        using var future = await PostActionAsync(office, wages, "obligation-met", new() { ["obligationMetOn"] = Today.AddDays(3).ToString("yyyy-MM-dd") });
        using var notThisList = await PostActionAsync(office, serious, "obligation-met", new() { ["obligationMetOn"] = Today.AddDays(-3).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("不能晚于今天", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("无需登记", await notThisList.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE id = $1 AND obligation_met_on IS NOT NULL", wages));

        using (var scope = factory.Services.CreateScope())
        {
            var repairs = scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Contracts.Lists.IListEntryRepairs>();
            var entry = (await repairs.BlackEntriesAsync(await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.list_entries WHERE id = $1", wages))).Single(e => e.EntryId == wages);
            Assert.Equal("清偿拖欠工资", entry.EarlyExitCountsFrom);
            Assert.Null(entry.ObligationMetOn);
        }

        using var recorded = await PostActionAsync(office, wages, "obligation-met", new() { ["obligationMetOn"] = Today.AddMonths(-2).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = await HtmlPages.GetAsync(office, $"/lists/entries/{wages}");
        Assert.Contains(Today.AddMonths(-2).ToString("yyyy-MM-dd"), page.QuerySelector("#obligation-met")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("登记清偿拖欠工资日期", page.QuerySelector("#entry-history")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'lists.entry.obligation-met' AND subject_id = (SELECT subject_id FROM credit.list_entries WHERE id = $1)", wages));
        using (var scope = factory.Services.CreateScope())
        {
            var repairs = scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Contracts.Lists.IListEntryRepairs>();
            var entry = (await repairs.BlackEntriesAsync(await factory.Database.ScalarAsync<long>("SELECT subject_id FROM credit.list_entries WHERE id = $1", wages))).Single(e => e.EntryId == wages);
            Assert.Equal(Today.AddMonths(-2), entry.ObligationMetOn);
        }
    }

    [Fact]
    public async Task A_judgment_debtor_entry_without_the_courts_expiry_stays_until_the_court_removes_it()
    {
        var (uscc, name) = await OrganisationAsync("330502");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var court = await ListForms.ProposerAsync(factory, "SXBZXR");
        var id = await ProposeAsync(court, "SXBZXR", uscc, name, $"（2026）浙0502执{Unique.Digits(5)}号");
        // No computed 24 months: the period is the court's.
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE id = $1 AND expires_on IS NOT NULL", id));
        Assert.Null(await factory.Database.ScalarAsync<int?>("SELECT validity_months FROM credit.list_types WHERE code = 'SXBZXR'"));
    }

    [Fact]
    public async Task The_abnormal_operations_list_is_seeded_open_ended_with_early_exit_on_correction()
    {
        Assert.Equal("经营异常名录", await factory.Database.ScalarAsync<string>("SELECT name FROM credit.list_types WHERE code = 'JYYCML' AND kind = 2 AND validity_months IS NULL AND early_exit_allowed AND early_exit_after_months IS NULL"));
        var (uscc, name) = await OrganisationAsync("330502");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var market = await ListForms.ProposerAsync(factory, "JYYCML");
        var id = await ProposeAsync(market, "JYYCML", uscc, name, $"湖市监异〔2026〕{Unique.Digits(5)}号");
        await ListForms.ApproveAsync(office, id);
        Assert.Equal(2, await StatusAsync(id));
        Assert.Equal(0, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE id = $1 AND expires_on IS NOT NULL", id));
    }

    [Fact]
    public async Task A_black_list_entry_is_approved_only_after_the_prior_notice_and_the_statement_period_or_the_answer()
    {
        var (uscc, name) = await OrganisationAsync("330502");
        using var department = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var id = await ProposeAsync(department, "SJYZWF", uscc, name, $"湖市监严失〔2026〕{Unique.Digits(5)}号");
        var confirmed = new Dictionary<string, string> { ["confirmed"] = "true" };

        // No notice: refused, and the entry page says so.
        using var noNotice = await PostActionAsync(office, id, "approve", confirmed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNotice.StatusCode);
        Assert.Contains("须事前告知当事人", await noNotice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await HtmlPages.GetAsync(department, $"/lists/entries/{id}");
        Assert.Contains("未登记", page.QuerySelector("#notice-state")!.TextContent, StringComparison.Ordinal);

        // The proposing department records the notice sent today: the period (5 working days) runs, approval still refused.
        using var notice = await HtmlPages.PostFormAsync(department, page, "#notice-form", new() { ["noticeSentOn"] = Today.ToString("yyyy-MM-dd"), ["noticeMeans"] = "邮寄送达" });
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        var due = await factory.Database.ScalarAsync<DateTime>("SELECT statement_due_on::timestamp FROM credit.list_entries WHERE id = $1", id);
        Assert.True(DateOnly.FromDateTime(due) >= Today.AddDays(7), $"5 working days after {Today} end on {due:yyyy-MM-dd}");
        using var inPeriod = await PostActionAsync(office, id, "approve", confirmed);
        Assert.Contains("陈述申辩期至", await inPeriod.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var tooSoonNone = await PostActionAsync(department, id, "statement", new() { ["noStatement"] = "true" });
        Assert.Contains("期满后方可登记", await tooSoonNone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await StatusAsync(id));
        page = await HtmlPages.GetAsync(office, $"/lists/entries/{id}");
        Assert.Contains("邮寄送达", page.QuerySelector("#notice-state")!.TextContent, StringComparison.Ordinal);

        // Once the period has passed, 未提出 may be recorded and the approval goes through.
        await factory.Database.ExecuteAsync("UPDATE credit.list_entries SET notice_sent_on = $2, statement_due_on = $3 WHERE id = $1", id, Today.AddDays(-20), Today.AddDays(-1));
        using var none = await PostActionAsync(department, id, "statement", new() { ["noStatement"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        using var approved = await PostActionAsync(office, id, "approve", confirmed);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(2, await StatusAsync(id));
        page = await HtmlPages.GetAsync(office, $"/lists/entries/{id}");
        Assert.Contains("未提出", page.QuerySelector("#statement-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'lists.entry.notice' AND subject_id = (SELECT subject_id FROM credit.list_entries WHERE id = $1)", id));
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'lists.entry.statement' AND subject_id = (SELECT subject_id FROM credit.list_entries WHERE id = $1)", id));
    }

    [Fact]
    public async Task Early_removal_needs_a_list_that_allows_it_and_a_reason_and_basis()
    {
        var (uscc, name) = await OrganisationAsync("330502");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var market = await ListForms.ProposerAsync(factory, "SJYZWF");
        using var tax = await ListForms.ProposerAsync(factory, "AJNSR");
        var black = await ProposeAsync(market, "SJYZWF", uscc, name, $"湖市监严失〔2026〕{Unique.Digits(5)}号");
        var red = await ProposeAsync(tax, "AJNSR", uscc, name, $"湖税信A〔2026〕{Unique.Digits(5)}号");
        await ListForms.ApproveAsync(office, black);
        (await PostActionAsync(office, red, "approve")).Dispose();

        using var redEarly = await PostActionAsync(office, red, "remove", new() { ["early"] = "true", ["Reason"] = "申请", ["Basis"] = "依据" });
        using var noBasis = await PostActionAsync(office, black, "remove", new() { ["early"] = "true", ["Reason"] = "已整改" });
        using var early = await PostActionAsync(office, black, "remove", new() { ["early"] = "true", ["Reason"] = "列入满一年，已履行处罚决定并完成整改。", ["Basis"] = "《市场监督管理严重违法失信名单管理办法》第二十条" });
        var dossier = await HtmlPages.GetAsync(factory.CreateClient(), $"/public/dossier/{uscc}?section={DossierSection.BlackList}");

        Assert.Contains("不允许提前移出", await redEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await StatusAsync(red));
        Assert.Contains("请填写移出依据", await noBasis.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Equal(5, await StatusAsync(black));
        Assert.Contains("暂无公示中的黑名单信息", dossier.QuerySelector("#dossier-section")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entry_changes WHERE entry_id = $1", black));
    }

    [Fact]
    public async Task The_nightly_job_expires_entries_past_their_validity_and_the_public_no_longer_sees_them()
    {
        var (uscc, name) = await OrganisationAsync("330502");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        using var court = await ListForms.ProposerAsync(factory, "SXBZXR");
        var id = await ProposeAsync(court, "SXBZXR", uscc, name, $"（2024）浙0502执{Unique.Digits(5)}号");
        await ListForms.ApproveAsync(office, id);
        await factory.Database.ExecuteAsync("UPDATE credit.list_entries SET expires_on = current_date - 1 WHERE id = $1", id);

        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ListExpiryJob>().RunAsync(CancellationToken.None);
        }

        var dossier = await HtmlPages.GetAsync(factory.CreateClient(), $"/public/dossier/{uscc}?section={DossierSection.BlackList}");
        Assert.Equal(3, await StatusAsync(id));
        Assert.Equal("system", await factory.Database.ScalarAsync<string>("SELECT changed_by FROM credit.list_entry_changes WHERE entry_id = $1 AND new_status = 3", id));
        Assert.DoesNotContain("列入黑名单", dossier.QuerySelector("#dossier-overview")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_proposals_are_refused_with_the_reason_and_nothing_is_written()
    {
        var (uscc, name) = await OrganisationAsync("330522");
        using var office = await SignedInClient.CreateAsync(factory, "scjg.staff");
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        var document = $"湖市监严失〔2026〕{Unique.Digits(5)}号";

        var wrongName = await RefusedAsync(office, "SJYZWF", uscc, name + "分公司", document);
        var unknown = await RefusedAsync(office, "SJYZWF", Unique.Uscc(), name, document);
        var invalid = await RefusedAsync(office, "SJYZWF", "123", name, document);
        var otherDistrict = await RefusedAsync(wuxing, "SJYZWF", uscc, name, document);
        var missingReason = await RefusedAsync(office, "SJYZWF", uscc, name, document, reason: "");
        await ProposeAsync(office, "SJYZWF", uscc, name, document);
        var duplicate = await RefusedAsync(office, "SJYZWF", uscc, name, document);

        Assert.Contains("名称不一致", wrongName, StringComparison.Ordinal);
        Assert.Contains(name, wrongName, StringComparison.Ordinal);
        Assert.Contains("主体库中没有该代码的主体", unknown, StringComparison.Ordinal);
        Assert.Contains("不是有效的统一社会信用代码或身份证号码", invalid, StringComparison.Ordinal);
        Assert.Contains("只能对本辖区的主体提出列入", otherDistrict, StringComparison.Ordinal);
        Assert.Contains("请填写列入事由", missingReason, StringComparison.Ordinal);
        Assert.Contains("不能重复提出", duplicate, StringComparison.Ordinal);
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.list_entries WHERE document_number = $1", document));
    }

    private async Task<(string Uscc, string Name)> OrganisationAsync(string district)
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc(district);
        var name = $"湖州{Unique.ChineseFragment()}实业有限公司";
        await SubjectForms.CreateOrganisationAsync(office, name, uscc, district);
        return (uscc, name);
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, AngleSharp.Dom.IDocument page, string type, string code, string name, string document, string reason) =>
        ListForms.PostProposalAsync(client, page, new()
        {
            ["ListTypeCode"] = type,
            ["SubjectCode"] = code,
            ["SubjectName"] = name,
            ["DocumentNumber"] = document,
            ["Reason"] = reason,
            ["Basis"] = "第七条第（一）项",
            ["DecidingAuthority"] = "湖州市市场监督管理局",
            ["DecisionDate"] = DateTime.UtcNow.AddHours(8).AddDays(-3).ToString("yyyy-MM-dd"),
        });

    private static async Task<long> ProposeAsync(HttpClient client, string type, string code, string name, string document)
    {
        var page = await HtmlPages.GetAsync(client, "/lists/propose");
        using var response = await SubmitAsync(client, page, type, code, name, document, "严重违法失信行为");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, HtmlPages.Describe(await response.Content.ReadAsStringAsync()));
        return long.Parse(EntryId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> RefusedAsync(HttpClient client, string type, string code, string name, string document, string reason = "严重违法失信行为")
    {
        var page = await HtmlPages.GetAsync(client, "/lists/propose");
        using var response = await SubmitAsync(client, page, type, code, name, document, reason);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await HtmlPages.ParseAsync(response);
        return string.Join(" ", form.QuerySelectorAll(".invalid-feedback, #form-error").Select(e => e.TextContent.Trim()));
    }

    private static async Task<HttpResponseMessage> PostActionAsync(HttpClient client, long id, string action, Dictionary<string, string>? values = null)
    {
        var page = await HtmlPages.GetAsync(client, $"/lists/entries/{id}");
        var token = HtmlPages.AntiforgeryToken(page);
        var fields = new Dictionary<string, string>(values ?? []) { [HtmlPages.AntiforgeryField] = token };
        return await client.PostAsync($"/lists/entries/{id}/{action}", new FormUrlEncodedContent(fields));
    }

    private async Task<short> StatusAsync(long id, short? expected = null)
    {
        var status = await factory.Database.ScalarAsync<short>("SELECT status FROM credit.list_entries WHERE id = $1", id);
        if (expected is { } e)
        {
            Assert.Equal(e, status);
        }

        return status;
    }

    [GeneratedRegex(@"/lists/entries/(\d+)")]
    private static partial Regex EntryId();
}
