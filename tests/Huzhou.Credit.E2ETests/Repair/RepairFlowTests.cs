using System.Globalization;
using System.Text.RegularExpressions;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.E2ETests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Repair;

/// <summary>
/// Issue #6's "done when", in the browser: an enterprise registers and is verified, signs in, applies to repair a penalty
/// whose minimum period has passed, uploads its materials; market regulation accepts and approves; the credit centre
/// executes — and the penalty is gone from the public dossier, with every step on record.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class RepairFlowTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Password = "Qiye@2026ab";
    private static long _batch = Random.Shared.Next(7_000_000, 7_900_000);

    [Fact]
    public Task An_enterprise_repairs_a_penalty_online_and_it_leaves_the_public_dossier() => InBrowserAsync(async page =>
    {
        var (uscc, name, penalty) = await EnterpriseWithPenaltyAsync();
        var login = "e2e" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        // Registration, checked against the registry.
        await page.GotoAsync("/org/register");
        await page.Locator("#Uscc").FillAsync(uscc);
        await page.Locator("#OrganisationName").FillAsync(name);
        await page.Locator("#HandlerName").FillAsync("沈晓东");
        await page.Locator("#LoginName").FillAsync(login);
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("#register-submit").ClickAsync();
        await Expect(page.Locator("main .alert-success")).ToContainTextAsync("注册已提交");

        // The credit office verifies it.
        await SignInAsync(page, DemoAccounts.CreditOffice);
        await page.GotoAsync("/admin/organisations");
        var row = page.Locator("#accounts tbody tr", new() { HasText = login });
        await row.GetByRole(AriaRole.Button, new() { Name = "核实通过" }).ClickAsync();
        await Expect(page.Locator("main .alert-success")).ToContainTextAsync("已核实通过");
        await page.Context.ClearCookiesAsync();

        // The enterprise applies with its five materials.
        await page.GotoAsync("/org/login");
        await page.Locator("#LoginName").FillAsync(login);
        await page.Locator("#Password").FillAsync(Password);
        await page.Locator("#org-login-submit").ClickAsync();
        await Expect(page.Locator("#organisation-name")).ToHaveTextAsync(name);
        await page.Locator("#my-repair").ClickAsync();
        var card = page.Locator(".repair-record", new() { HasText = penalty });
        await Expect(card).ToContainTextAsync("最短公示期已于");
        await card.GetByRole(AriaRole.Link, new() { Name = "申请修复" }).ClickAsync();
        await page.Locator("#statement").FillAsync("罚款已于本年度缴清，涉案产品已全部下架整改，特申请信用修复。");
        foreach (var input in new[] { "applicationForm", "proofOfFulfilment", "creditCommitment", "licence", "handlerId" })
        {
            await page.Locator($"#{input}").SetInputFilesAsync(new FilePayload { Name = $"{input}.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% e2e\n"u8.ToArray() });
        }

        await page.Locator("#submit-application").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("待受理");
        var applicationId = ApplicationUrl().Match(page.Url).Groups[1].Value;
        await page.Context.ClearCookiesAsync();

        // 谁认定、谁修复: market regulation accepts and approves.
        await SignInAsync(page, DemoAccounts.MarketSupervisionReviewer);
        await page.GotoAsync($"/repair/{applicationId}");
        await Expect(page.Locator("#countdown")).ToContainTextAsync("工作日");
        await page.Locator("#accept").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("审核中");
        await page.Locator("#approve").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("审核通过，待执行");
        await page.Context.ClearCookiesAsync();

        // The credit centre executes.
        await SignInAsync(page, DemoAccounts.CreditOffice);
        await page.GotoAsync($"/repair/{applicationId}");
        await page.Locator("#execute").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("已修复");
        await Expect(page.Locator("#record-status")).ToHaveTextAsync("已修复");
        await Expect(page.Locator("#steps li")).ToHaveCountAsync(4);
        await Expect(page.Locator("#letter")).ToContainTextAsync("信用修复决定书");
        await page.Context.ClearCookiesAsync();

        // Gone from the public dossier.
        await Fixture.Services.GetRequiredService<Huzhou.Credit.SharedKernel.Events.OutboxDispatcher>().DrainAsync(TimeSpan.FromSeconds(30));
        await page.GotoAsync($"/public/dossier/{uscc}?section={DossierSection.AdministrativePenalty}");
        await Expect(page.Locator("#dossier-section")).Not.ToContainTextAsync(penalty);
    });

    /// <summary>A new enterprise with one 一般 penalty of market regulation decided five months ago (minimum period ended two months ago).</summary>
    private async Task<(string Uscc, string Name, string Penalty)> EnterpriseWithPenaltyAsync()
    {
        var uscc = UnifiedSocialCreditCode.Compose("91", "330502", $"MA{Random.Shared.Next(100_000, 999_999)}").Value;
        var name = $"湖州修复演练{Random.Shared.Next(100, 999)}商贸有限公司";
        var penalty = $"湖市监罚〔2026〕{Random.Shared.Next(10_000, 99_999)}号";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var decided = today.AddMonths(-5);
        var writer = Fixture.Services.GetRequiredService<ICreditRecordWriter>();
        await using (var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), "HZ-SJJ", "e2e-tests"))
        {
            await batch.AddAsync(new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, penalty, decided,
                new PublicityPeriod(decided, today.AddYears(1), decided.AddMonths(3), PenaltyClass.General, "2026", true),
                $"[\"{name}\",\"02\",\"{uscc}\",null,null,null,null,null,\"陆建华\",\"01\",null,null,null,\"{penalty}\",\"销售不合格产品\",\"经查属实\",\"《产品质量法》第四十九条\",\"罚款\",\"罚款两万元\",\"2\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]"));
            Assert.Equal(1, (await batch.CompleteAsync()).Inserted);
        }

        await Fixture.Services.GetRequiredService<Huzhou.Credit.SharedKernel.Events.OutboxDispatcher>().DrainAsync(TimeSpan.FromSeconds(30));
        return (uscc, name, penalty);
    }

    [GeneratedRegex(@"/org/repair/(\d+)$")]
    private static partial Regex ApplicationUrl();
}
