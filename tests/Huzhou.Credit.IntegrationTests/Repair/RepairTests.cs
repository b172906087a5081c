using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Repair;

/// <summary>
/// Online credit repair end to end: an organisation sees which of its penalties can be repaired and why, applies with
/// its materials (wrong file types refused), the deciding department accepts and approves, the credit centre executes;
/// the penalty then leaves the public dossier and no longer triggers measures in checks. The refused path, the
/// one-department rule and the one-organisation rule.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class RepairTests(CreditAppFactory factory)
{
    private const string Password = "Qiye@2026ab";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_penalty_past_its_minimum_period_is_repaired_online_and_leaves_the_public_dossier_and_the_checks()
    {
        var (id, uscc, name) = await CompanyAsync();
        var repairable = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        var tooEarly = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        var revokedLicence = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory,
        [
            Penalty(1, uscc, repairable, Today.AddMonths(-5), Today.AddMonths(-2), PenaltyClass.General, "罚款"),
            Penalty(2, uscc, tooEarly, Today.AddMonths(-2), Today.AddMonths(10), PenaltyClass.Serious, "罚款"),
            Penalty(3, uscc, revokedLicence, Today.AddMonths(-8), Today.AddMonths(-1), PenaltyClass.Serious, "吊销营业执照"),
        ]);
        using var system = await CheckClientAsync();
        var before = await CheckAsync(system, uscc);
        Assert.Equal("warn", before.GetProperty("decision").GetString()); // 失信记录：审慎办理
        Assert.Contains(repairable, before.GetRawText(), StringComparison.Ordinal);

        using var browser = await OrganisationAsync(uscc, name);
        var list = await HtmlPages.GetAsync(browser, "/org/repair");
        var cards = list.QuerySelectorAll(".repair-record").ToDictionary(c => c.QuerySelector(".text-secondary")!.TextContent.Split(' ')[0], c => c);
        Assert.Contains("最短公示期已于", cards[repairable].TextContent, StringComparison.Ordinal);
        Assert.NotNull(cards[repairable].QuerySelector($"a[href='/org/repair/apply/{RecordId(repairable)}']"));
        Assert.Contains("届满后方可申请", cards[tooEarly].TextContent, StringComparison.Ordinal);
        Assert.Contains("不得提前停止公示", cards[revokedLicence].TextContent, StringComparison.Ordinal);

        // The POST for a record that is not yet eligible is refused too, whatever the page showed.
        using var early = await ApplyAsync(browser, RecordId(tooEarly), Pdf());
        Assert.Contains("届满后方可申请", (await HtmlPages.ParseAsync(early)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        // A file that is not a PDF or an image is refused, whatever its name says.
        using var wrongType = await ApplyAsync(browser, RecordId(repairable), "PK\u0003\u0004 a zip"u8.ToArray());
        Assert.Contains("只接受 PDF、JPG 或 PNG", (await HtmlPages.ParseAsync(wrongType)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);

        using var applied = await ApplyAsync(browser, RecordId(repairable), Pdf());
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var applicationId = long.Parse(HtmlPages.Location(applied).Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(5, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.repair_materials WHERE application_id = $1 AND length(sha256) = 64", applicationId));

        // Another organisation cannot open it; a department that did not decide the penalty cannot act on it.
        var (_, otherCode, otherName) = await CompanyAsync();
        using var other = await OrganisationAsync(otherCode, otherName);
        using var foreign = await other.GetAsync($"/org/repair/{applicationId}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using var notTheirs = await wuxing.GetAsync($"/repair/{applicationId}");
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);

        // 谁认定、谁修复: market regulation accepts and approves; the credit centre executes.
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var queue = await HtmlPages.GetAsync(reviewer, "/repair");
        Assert.Contains("剩", queue.QuerySelector($"#queue a[href='/repair/{applicationId}']")!.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);
        await ActAsync(reviewer, applicationId, "accept");
        await ActAsync(reviewer, applicationId, "approve", "已缴清罚款，违法行为已改正");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        await ActAsync(office, applicationId, "execute");

        Assert.Equal((short)3, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.credit_records WHERE subject_id = $1 AND source_key = $2", id, repairable));
        var steps = await factory.Database.ScalarAsync<string>("SELECT string_agg(kind::text, ',' ORDER BY id) FROM credit.repair_steps WHERE application_id = $1", applicationId);
        Assert.Equal("1,2,5,7", steps);
        var number = await factory.Database.ScalarAsync<string>("SELECT number FROM credit.repair_applications WHERE id = $1", applicationId);
        // The executed repair is published for the monitoring alerts (信用修复完成), with the record repaired.
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.outbox_messages WHERE event_type = 'repair.executed' AND (payload->>'applicationId')::bigint = $1 AND payload->>'number' = $2 AND (payload->>'recordId') IS NOT NULL",
            applicationId, number));
        var export = await office.GetStringAsync("/repair/export");
        Assert.Contains($"{number},{name},{uscc},", export, StringComparison.Ordinal);
        await factory.SettleEventsAsync();

        using var visitor = factory.CreateClient();
        var dossier = await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}?section={DossierSection.AdministrativePenalty}");
        Assert.DoesNotContain(repairable, dossier.QuerySelector("#dossier-section")!.TextContent, StringComparison.Ordinal);
        // The other two penalties are serious: the check still warns, now because of them only.
        var answer = await CheckAsync(system, uscc);
        Assert.DoesNotContain(repairable, answer.GetRawText(), StringComparison.Ordinal);

        var page = await HtmlPages.GetAsync(browser, $"/org/repair/{applicationId}");
        Assert.Equal("已修复", page.QuerySelector("#status")!.TextContent.Trim());

        // The decision letter: the organisation and the staff download it; another organisation cannot.
        using var letter = await browser.GetAsync(page.QuerySelector("#letter")!.GetAttribute("href"));
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType!.MediaType);
        var text = Dossier.CreditReportTests.PdfText(await letter.Content.ReadAsByteArrayAsync());
        Assert.Contains("信用修复决定书", text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains(repairable, text, StringComparison.Ordinal);
        Assert.Contains("终止公示", text, StringComparison.Ordinal);
        Assert.DoesNotContain("scjg.reviewer", text, StringComparison.Ordinal);
        using (var foreignLetter = await other.GetAsync($"/org/repair/{applicationId}/letter"))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignLetter.StatusCode);
        }

        using (var staffLetter = await office.GetAsync($"/repair/{applicationId}/letter"))
        {
            Assert.Equal(HttpStatusCode.OK, staffLetter.StatusCode);
        }
        Assert.DoesNotContain("scjg.reviewer", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_decision_letter_cites_the_basis_of_the_records_rule_version()
    {
        var (_, uscc, name) = await CompanyAsync();
        var of2019 = $"湖市监罚〔2019〕{Unique.Digits(5)}号";
        var of2025 = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory,
        [
            Penalty(1, uscc, of2019, Today.AddMonths(-8), Today.AddMonths(-2), PenaltyClass.General, "罚款", "2019"),
            Penalty(2, uscc, of2025, Today.AddMonths(-8), Today.AddMonths(-2), PenaltyClass.General, "罚款", "2025"),
        ]);
        using var browser = await OrganisationAsync(uscc, name);
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        foreach (var (reference, cited, notCited) in new[] { (of2019, "发改办财金〔2019〕527号", "国办发〔2025〕22号"), (of2025, "国办发〔2025〕22号", "发改办财金〔2019〕527号") })
        {
            using var applied = await ApplyAsync(browser, RecordId(reference), Pdf());
            Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
            var applicationId = long.Parse(HtmlPages.Location(applied).Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            await ActAsync(reviewer, applicationId, "accept");
            await ActAsync(reviewer, applicationId, "approve", "已缴清罚款");
            await ActAsync(office, applicationId, "execute");
            using var letter = await browser.GetAsync($"/org/repair/{applicationId}/letter");
            var text = string.Concat(Dossier.CreditReportTests.PdfText(await letter.Content.ReadAsByteArrayAsync()).Where(c => !char.IsWhiteSpace(c)));
            Assert.Contains("信用修复决定书", text, StringComparison.Ordinal);
            Assert.Contains(cited, text, StringComparison.Ordinal);
            Assert.DoesNotContain(notCited, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_credit_office_adds_an_exclusion_rule_and_the_departments_records_of_that_kind_become_ineligible()
    {
        var (_, uscc, name) = await CompanyAsync();
        var kind = "暂扣许可证件" + Unique.Digits(6);
        var reference = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory, [Penalty(1, uscc, reference, Today.AddMonths(-6), Today.AddMonths(-2), PenaltyClass.General, kind)]);
        using var browser = await OrganisationAsync(uscc, name);
        string Card(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll(".repair-record").Single(c => c.TextContent.Contains(reference, StringComparison.Ordinal)).TextContent;
        Assert.Contains("最短公示期已于", Card(await HtmlPages.GetAsync(browser, "/org/repair")), StringComparison.Ordinal);

        // Department staff read the rules (the seeded Order 45 ones by department name) but cannot add one.
        using var staff = await SignedInClient.CreateAsync(factory, "scjg.staff");
        var read = await HtmlPages.GetAsync(staff, "/repair/exclusions");
        Assert.Contains("市场监管总局令第45号", read.QuerySelector("#exclusion-rules")!.TextContent, StringComparison.Ordinal);
        Assert.Null(read.QuerySelector("#add-exclusion"));
        using (var refused = await HtmlPages.PostAsync(staff, "/repair/exclusions",
            [new("__RequestVerificationToken", HtmlPages.AntiforgeryToken(read)), new("departmentCode", "HZ-SJJ"), new("penaltyKind", kind), new("basis", "本市规定")]))
        {
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || HtmlPages.Location(refused).Contains("access-denied", StringComparison.OrdinalIgnoreCase), refused.StatusCode.ToString());
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.repair_exclusion_rules WHERE penalty_kind = $1", kind));

        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var editor = await HtmlPages.GetAsync(office, "/repair/exclusions");
        using (var added = await HtmlPages.PostFormAsync(office, editor, "#add-exclusion", new() { ["departmentCode"] = "HZ-SJJ", ["ruleVersion"] = "", ["penaltyKind"] = kind, ["basis"] = "《湖州市信用修复试行规定》" }))
        {
            Assert.Null((await Flashes.FollowAsync(office, added)).Error);
        }

        var refusedCard = Card(await HtmlPages.GetAsync(browser, "/org/repair"));
        Assert.Contains("不得提前停止公示", refusedCard, StringComparison.Ordinal);
        Assert.Contains("《湖州市信用修复试行规定》", refusedCard, StringComparison.Ordinal);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.audit_log WHERE action = 'repair.exclusion' AND detail LIKE '%' || $1 || '%'", kind));

        // Deactivated: the record is eligible again.
        var id = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.repair_exclusion_rules WHERE penalty_kind = $1", kind);
        editor = await HtmlPages.GetAsync(office, "/repair/exclusions");
        Assert.Contains("湖州市市场监督管理局", editor.QuerySelector($"tr[data-rule='{id}']")!.TextContent, StringComparison.Ordinal);
        using (var off = await HtmlPages.PostFormAsync(office, editor, $"tr[data-rule='{id}'] form", []))
        {
            Assert.Equal("已停用。", (await Flashes.FollowAsync(office, off)).Success);
        }

        Assert.Contains("最短公示期已于", Card(await HtmlPages.GetAsync(browser, "/org/repair")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_department_refuses_an_application_with_its_reason_and_the_applicant_is_told()
    {
        var (_, uscc, name) = await CompanyAsync();
        var penalty = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory, [Penalty(1, uscc, penalty, Today.AddMonths(-6), Today.AddMonths(-3), PenaltyClass.General, "罚款")]);
        using var browser = await OrganisationAsync(uscc, name);
        using var applied = await ApplyAsync(browser, RecordId(penalty), Pdf());
        var applicationId = long.Parse(HtmlPages.Location(applied).Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var page = await HtmlPages.GetAsync(reviewer, $"/repair/{applicationId}");
        using var noReason = await HtmlPages.PostFormAsync(reviewer, page, $"form[action='/repair/{applicationId}/refuse']", []);
        Assert.Equal("请写明理由。", (await Flashes.FollowAsync(reviewer, noReason)).Error);
        await ActAsync(reviewer, applicationId, "refuse", "罚款尚未缴清");

        var list = await HtmlPages.GetAsync(browser, "/org/repair");
        Assert.Contains("不予受理：罚款尚未缴清", list.QuerySelector("#notices")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.credit_records WHERE source_key = $1", penalty));
        using (var letter = await browser.GetAsync($"/org/repair/{applicationId}/letter"))
        {
            var text = Dossier.CreditReportTests.PdfText(await letter.Content.ReadAsByteArrayAsync());
            Assert.Contains("不予受理通知书", text, StringComparison.Ordinal);
            Assert.Contains("罚款尚未缴清", text, StringComparison.Ordinal);
        }

        // Refused: the record may be applied for again.
        Assert.NotNull(list.QuerySelector($"a[href='/org/repair/apply/{RecordId(penalty)}']"));
    }

    [Fact]
    public async Task Notices_also_go_by_e_mail_to_the_address_the_organisation_gave()
    {
        var (_, uscc, name) = await CompanyAsync();
        var penalty = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory, [Penalty(1, uscc, penalty, Today.AddMonths(-6), Today.AddMonths(-3), PenaltyClass.General, "罚款")]);
        var address = $"xf{Unique.Digits(6)}@example.cn";
        using (var refused = SignedInClient.Anonymous(factory))
        {
            var register = await HtmlPages.GetAsync(refused, "/org/register");
            using var wrong = await HtmlPages.PostFormAsync(refused, register, "form[action='/org/register']", new()
            {
                ["LoginName"] = "xf" + Unique.Digits(8), ["Password"] = Password, ["Uscc"] = uscc, ["OrganisationName"] = name, ["HandlerName"] = "沈经办", ["NoticeEmail"] = "不是邮箱",
            });
            Assert.Contains("电子邮箱格式不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var browser = await OrganisationAsync(uscc, name, address);
        using var applied = await ApplyAsync(browser, RecordId(penalty), Pdf());
        var applicationId = long.Parse(HtmlPages.Location(applied).Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        await ActAsync(reviewer, applicationId, "refuse", "履行义务的证明材料不清晰");
        Assert.Equal(2L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.mail_outbox WHERE to_address = $1 AND sent_at IS NULL", address));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Huzhou.Credit.SharedKernel.Mail.MailDispatcher>().RunAsync(CancellationToken.None) >= 2);
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.mail_outbox WHERE to_address = $1 AND sent_at IS NULL", address));
        var mails = factory.Smtp.ReceivedEmail
            .Select(m => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.To.Mailboxes.Any(b => b.Address == address))
            .ToList();
        Assert.Equal(2, mails.Count);
        var refusal = mails.Single(m => (m.TextBody ?? "").Contains("不予受理", StringComparison.Ordinal));
        Assert.Contains("履行义务的证明材料不清晰", refusal.TextBody, StringComparison.Ordinal);
        Assert.Contains("信用修复申请", refusal.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_objection_marks_the_record_under_review_and_the_department_revokes_or_upholds_it()
    {
        var (id, uscc, name) = await CompanyAsync();
        var wrong = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        var right = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory,
        [
            Penalty(1, uscc, wrong, Today.AddMonths(-1), Today.AddMonths(2), PenaltyClass.General, "罚款"),
            Penalty(2, uscc, right, Today.AddMonths(-1), Today.AddMonths(2), PenaltyClass.General, "罚款"),
        ]);
        using var browser = await OrganisationAsync(uscc, name);

        var tooShort = await ObjectAsync(browser, RecordId(wrong), "不对");
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("10 至 2000 字", (await HtmlPages.ParseAsync(tooShort)).QuerySelector("#error")!.TextContent, StringComparison.Ordinal);
        using (var submitted = await ObjectAsync(browser, RecordId(wrong), "该处罚的当事人是同名的另一家公司，本单位从未在该地址经营，请核实主体。"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        using (await ObjectAsync(browser, RecordId(right), "罚款金额应为三万元而非五万元，请核对处罚决定书原件。"))
        {
        }

        // Staff views mark both records 异议处理中.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var record = await HtmlPages.GetAsync(office, $"/subjects/{id}/records/{RecordId(wrong)}");
        Assert.Contains("异议处理中", record.QuerySelector("#objection-badge")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await HtmlPages.GetAsync(office, $"/subjects/{id}")).QuerySelectorAll(".objection-badge").Length);

        var wrongObjection = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.objections WHERE record_reference = $1", wrong);
        var rightObjection = await factory.Database.ScalarAsync<long>("SELECT id FROM credit.objections WHERE record_reference = $1", right);
        // Only the department that delivered the record decides.
        using var wuxing = await SignedInClient.CreateAsync(factory, "wuxing.staff");
        using var elsewhere = await wuxing.GetAsync($"/repair/objections/{wrongObjection}");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var page = await HtmlPages.GetAsync(reviewer, $"/repair/objections/{wrongObjection}");
        using (var revoked = await HtmlPages.PostFormAsync(reviewer, page, $"form[action='/repair/objections/{wrongObjection}/decision']", new() { ["outcome"] = "Revoked", ["reason"] = "经核实，当事人为同名的另一主体，本条记录撤销。" }))
        {
            Assert.Null((await Flashes.FollowAsync(reviewer, revoked)).Error);
        }

        page = await HtmlPages.GetAsync(reviewer, $"/repair/objections/{rightObjection}");
        using (await HtmlPages.PostFormAsync(reviewer, page, $"form[action='/repair/objections/{rightObjection}/decision']", new() { ["outcome"] = "Upheld", ["reason"] = "经核对处罚决定书原件，罚款金额为五万元，记录无误。" }))
        {
        }

        Assert.Equal((short)4, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.credit_records WHERE source_key = $1", wrong));
        Assert.Equal((short)1, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.credit_records WHERE source_key = $1", right));
        await factory.SettleEventsAsync();
        using var visitor = factory.CreateClient();
        var dossier = await HtmlPages.GetAsync(visitor, $"/public/dossier/{uscc}?section=AdministrativePenalty");
        Assert.DoesNotContain(wrong, dossier.QuerySelector("#dossier-section")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(right, dossier.QuerySelector("#dossier-section")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await HtmlPages.GetAsync(office, $"/subjects/{id}")).QuerySelectorAll(".objection-badge"));
        var mine = await HtmlPages.GetAsync(browser, "/org/repair");
        Assert.Contains("已撤销记录", mine.QuerySelector("#objections")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("维持原记录", mine.QuerySelector("#objections")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_past_its_working_day_deadline_is_reminded_once_and_the_applicant_told()
    {
        var (_, uscc, name) = await CompanyAsync();
        var penalty = $"湖市监罚〔2026〕{Unique.Digits(5)}号";
        await Deliveries.DeliverAsync(factory, [Penalty(1, uscc, penalty, Today.AddMonths(-6), Today.AddMonths(-3), PenaltyClass.General, "罚款")]);
        using var browser = await OrganisationAsync(uscc, name);
        using var applied = await ApplyAsync(browser, RecordId(penalty), Pdf());
        var applicationId = long.Parse(HtmlPages.Location(applied).Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        // The department let the acceptance deadline pass.
        await factory.Database.ExecuteAsync("UPDATE credit.repair_applications SET accept_due = $2 WHERE id = $1", applicationId, Today.AddDays(-3));

        async Task<int> RunAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<Huzhou.Credit.Repair.Jobs.RepairReminderJob>().RunAsync(CancellationToken.None);
        }

        Assert.True(await RunAsync() >= 1);
        Assert.Equal(0, await RunAsync()); // the same day again: nothing new
        Assert.Equal(1, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.repair_steps WHERE application_id = $1 AND kind = 8", applicationId));
        var list = await HtmlPages.GetAsync(browser, "/org/repair");
        Assert.Contains("受理期限", list.QuerySelector("#notices")!.TextContent, StringComparison.Ordinal);
        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        var queue = await HtmlPages.GetAsync(reviewer, "/repair");
        Assert.Contains("超期", queue.QuerySelector($"#queue a[href='/repair/{applicationId}']")!.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_black_list_entry_past_its_minimum_time_is_removed_early_by_repair_and_the_check_no_longer_blocks()
    {
        var (_, uscc, name) = await CompanyAsync();
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var serious = await Lists.ListForms.ListAsync(factory, office, "SJYZWF", uscc, name, $"湖市监严失〔2025〕{Unique.Digits(4)}号", "湖州市市场监督管理局");
        var wages = await Lists.ListForms.ListAsync(factory, office, "TQNMGGZ", uscc, name, $"湖人社失〔2026〕{Unique.Digits(4)}号", "湖州市人力资源和社会保障局");
        // Decided by market regulation 13 months ago; the wage list entry by the labour bureau 2 months ago.
        await factory.Database.ExecuteAsync("UPDATE credit.list_entries SET source_department = 'HZ-SJJ', effective_from = $2 WHERE id = $1", serious, Today.AddMonths(-13));
        await factory.Database.ExecuteAsync("UPDATE credit.list_entries SET source_department = 'HZ-RSJ', effective_from = $2 WHERE id = $1", wages, Today.AddMonths(-2));
        await factory.SettleEventsAsync();
        using var system = await CheckClientAsync();
        var blocked = await CheckAsync(system, uscc, "SX-060"); // 政府采购供应商资格审查
        Assert.Equal("block", blocked.GetProperty("decision").GetString());
        Assert.Contains("市场监督管理严重违法失信名单", blocked.GetRawText(), StringComparison.Ordinal);

        using var browser = await OrganisationAsync(uscc, name);
        var list = await HtmlPages.GetAsync(browser, "/org/repair");
        var entries = list.QuerySelector("#list-entries")!;
        Assert.NotNull(entries.QuerySelector($"a[href='/org/repair/apply-list/{serious}']"));
        Assert.Null(entries.QuerySelector($"a[href='/org/repair/apply-list/{wages}']"));
        // The wage list counts its six months from the day the arrears were paid, which nobody has recorded yet.
        Assert.Contains("尚未登记清偿拖欠工资的日期", entries.TextContent, StringComparison.Ordinal);
        using (var tooEarly = await ApplyListAsync(browser, wages))
        {
            Assert.Equal(HttpStatusCode.NotFound, tooEarly.StatusCode); // no form for an entry that cannot be removed yet
        }

        using var applied = await ApplyListAsync(browser, serious);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var applicationId = long.Parse(HtmlPages.Location(applied).Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("HZ-SJJ", await factory.Database.ScalarAsync<string>("SELECT department_code FROM credit.repair_applications WHERE id = $1", applicationId));

        using var reviewer = await SignedInClient.CreateAsync(factory, "scjg.reviewer");
        await ActAsync(reviewer, applicationId, "accept");
        await ActAsync(reviewer, applicationId, "approve", "已履行行政处罚决定，列入满一年且未再受较重处罚");
        await ActAsync(office, applicationId, "execute");

        Assert.Equal((short)5, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.list_entries WHERE id = $1", serious));
        Assert.Contains("信用修复", await factory.Database.ScalarAsync<string>("SELECT closing_reason FROM credit.list_entries WHERE id = $1", serious), StringComparison.Ordinal);
        Assert.Equal((short)2, await factory.Database.ScalarAsync<short>("SELECT status FROM credit.list_entries WHERE id = $1", wages));
        await factory.SettleEventsAsync();
        var after = await CheckAsync(system, uscc, "SX-060");
        Assert.DoesNotContain("市场监督管理严重违法失信名单", after.GetRawText(), StringComparison.Ordinal);

        using var letter = await browser.GetAsync($"/org/repair/{applicationId}/letter");
        var text = Dossier.CreditReportTests.PdfText(await letter.Content.ReadAsByteArrayAsync());
        Assert.Contains("提前移出", text, StringComparison.Ordinal);
        Assert.Contains("市场监督管理严重违法失信名单", text, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ApplyListAsync(HttpClient browser, long entryId)
    {
        using var form = await browser.GetAsync($"/org/repair/apply-list/{entryId}");
        var html = await HtmlPages.ParseAsync(form);
        if (html.QuerySelector($"form[action='/org/repair/apply-list/{entryId}']") is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        using var content = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent("已缴清全部罚款，违法行为已整改，列入以来未再受到较重行政处罚。"), "statement" },
        };
        foreach (var part in new[] { "applicationForm", "proofOfFulfilment", "creditCommitment", "licence", "handlerId" })
        {
            var file = new ByteArrayContent(Pdf());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, part, part + ".pdf");
        }

        return await browser.PostAsync($"/org/repair/apply-list/{entryId}", content);
    }

    private static async Task<HttpResponseMessage> ObjectAsync(HttpClient browser, long recordId, string claim)
    {
        var page = await HtmlPages.GetAsync(browser, $"/org/repair/objections/new/{recordId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(HtmlPages.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(claim), "claim" },
        };
        return await browser.PostAsync($"/org/repair/objections/new/{recordId}", content);
    }

    private long RecordId(string reference) => factory.Database.ScalarAsync<long>("SELECT id FROM credit.credit_records WHERE source_key = $1", reference).GetAwaiter().GetResult();

    private static IncomingCreditRecord Penalty(int row, string uscc, string reference, DateOnly decided, DateOnly minimumEnd, PenaltyClass penaltyClass, string kind, string rule = "2026") =>
        new(row, SubjectKeyKind.Uscc, uscc, "x", "XZCF", 1, reference, decided,
            new PublicityPeriod(decided, decided.AddYears(3), minimumEnd, penaltyClass, rule, true),
            $"[\"某公司\",\"02\",null,null,null,null,null,null,\"沈建国\",\"01\",\"330502********1234\",null,null,\"{reference}\",\"虚假宣传\",\"经查属实\",\"《反不正当竞争法》第二十条\",\"{kind}\",\"{kind}\",\"5\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]");

    private static byte[] Pdf() => "%PDF-1.4\n% 信用修复材料\n"u8.ToArray();

    private async Task<(long Id, string Uscc, string Name)> CompanyAsync()
    {
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        var uscc = Unique.Uscc("330502");
        var name = $"湖州{Unique.ChineseFragment()}贸易有限公司";
        var id = await SubjectForms.CreateOrganisationAsync(office, name, uscc, "330502");
        return (id, uscc, name);
    }

    private Task<HttpClient> OrganisationAsync(string uscc, string name, string? email = null) =>
        OrganisationUsers.SignedInAsync(factory, uscc, name, email);

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient browser, long recordId, byte[] file)
    {
        var page = await HtmlPages.GetAsync(browser, $"/org/repair/apply/{recordId}");
        var token = HtmlPages.AntiforgeryToken(page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("罚款已于 2026 年 8 月缴清，虚假宣传内容已全部撤下。"), "statement" },
        };
        foreach (var name in new[] { "applicationForm", "proofOfFulfilment", "creditCommitment", "licence", "handlerId" })
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, name, name + ".pdf");
        }

        return await browser.PostAsync($"/org/repair/apply/{recordId}", content);
    }

    private static async Task ActAsync(HttpClient staff, long applicationId, string action, string? reason = null)
    {
        var page = await HtmlPages.GetAsync(staff, $"/repair/{applicationId}");
        using var response = await HtmlPages.PostFormAsync(staff, page, $"form[action='/repair/{applicationId}/{action}']", reason is null ? [] : new() { ["reason"] = reason });
        Assert.Null((await Flashes.FollowAsync(staff, response)).Error);
    }

    private async Task<HttpClient> CheckClientAsync()
    {
        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var system = factory.CreateClient();
        system.DefaultRequestHeaders.Add("X-Api-Key", await ApiKeys.IssueAsync(admin, "财政专项资金系统" + Unique.Digits(4), "checks:write", 1000));
        return system;
    }

    private static async Task<JsonElement> CheckAsync(HttpClient system, string uscc, string matter = "SX-048")
    {
        using var response = await system.PostAsJsonAsync("/api/v1/checks", new { code = uscc, matter, stage = "受理" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
