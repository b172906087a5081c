using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.E2ETests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Lists;

/// <summary>
/// Issue #26 §3 in the browser: market regulation opens one of its penalty records, proposes the company for its serious
/// illegal dishonesty list from there (subject and document filled in, only its own list types offered, the decision
/// PDF attached), and the credit office's confirmation page shows the record the proposal rests on.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ListProposalTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static long _batch = Random.Shared.Next(9_100_000, 9_900_000);

    [Fact]
    public Task A_proposal_started_from_a_penalty_record_reaches_the_approver_with_its_basis() => InBrowserAsync(async page =>
    {
        var (subjectId, recordId, name, penalty) = await EnterpriseWithPenaltyAsync();

        await SignInAsync(page, DemoAccounts.MarketSupervisionStaff);
        await page.GotoAsync($"/subjects/{subjectId}/records/{recordId}");
        await page.Locator("#propose-list").ClickAsync();
        await Expect(page.Locator("#SubjectName")).ToHaveValueAsync(name);
        await Expect(page.Locator("#DocumentNumber")).ToHaveValueAsync(penalty);
        await Expect(page.Locator("#basis-record")).ToContainTextAsync(penalty);
        // Only market regulation's own lists are offered.
        var offered = await page.Locator("#ListTypeCode option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.Contains("SJYZWF", offered);
        Assert.DoesNotContain("SXBZXR", offered);
        Assert.DoesNotContain("AJNSR", offered);

        await page.Locator("#ListTypeCode").SelectOptionAsync("SJYZWF");
        await page.Locator("#Reason").FillAsync("销售不合格产品，受到较重行政处罚，情节严重。");
        await page.Locator("#Basis").FillAsync("《市场监督管理严重违法失信名单管理办法》第七条第（一）项");
        await page.Locator("#DecidingAuthority").FillAsync("湖州市市场监督管理局");
        await page.Locator("#DecisionDocument").SetInputFilesAsync(new FilePayload
        {
            Name = "认定决定书.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray(),
        });
        await page.Locator("#propose-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("main .alert-success")).ToContainTextAsync("已提出列入");
        await Expect(page.Locator("#entry-basis-record")).ToContainTextAsync(penalty);
        await Expect(page.Locator("#decision-document")).ToContainTextAsync("认定决定书.pdf");
        var entryUrl = page.Url;
        await page.Context.ClearCookiesAsync();

        await SignInAsync(page, DemoAccounts.CreditOffice);
        await page.GotoAsync(entryUrl + "/approve");
        // The confirmation step shows what will become public before anything is approved.
        await Expect(page.Locator("#public-preview")).ToContainTextAsync(name);
        await Expect(page.Locator("#approve-confirm-form #confirmed")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("#basis-record a")).ToHaveAttributeAsync("href", $"/subjects/{subjectId}/records/{recordId}");
        await Expect(page.Locator("#decision-document a")).ToContainTextAsync("认定决定书.pdf");
    });

    /// <summary>A new enterprise of 吴兴 with a penalty delivered by the city market regulation bureau two months ago.</summary>
    private async Task<(long SubjectId, long RecordId, string Name, string Penalty)> EnterpriseWithPenaltyAsync()
    {
        var uscc = UnifiedSocialCreditCode.Compose("91", "330502", $"MA{Random.Shared.Next(100_000, 999_999)}").Value;
        var name = $"湖州名单演练{Random.Shared.Next(100, 999)}商贸有限公司";
        var penalty = $"湖市监罚〔2026〕{Random.Shared.Next(10_000, 99_999)}号";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var decided = today.AddMonths(-2);
        var writer = Fixture.Services.GetRequiredService<ICreditRecordWriter>();
        await using (var batch = await writer.BeginAsync(Interlocked.Increment(ref _batch), "HZ-SJJ", "e2e-tests"))
        {
            await batch.AddAsync(new IncomingCreditRecord(1, SubjectKeyKind.Uscc, uscc, name, "XZCF", 1, penalty, decided,
                new PublicityPeriod(decided, today.AddYears(3), decided.AddYears(1), PenaltyClass.Serious, "2026", true),
                $"[\"{name}\",\"02\",\"{uscc}\",null,null,null,null,null,\"陆建华\",\"01\",null,null,null,\"{penalty}\",\"销售不合格产品\",\"经查属实\",\"《产品质量法》第四十九条\",\"罚款\",\"罚款二十万元\",\"20\",null,null,\"{decided:yyyy-MM-dd}\",\"{decided:yyyy-MM-dd}\",null,\"湖州市市场监督管理局\",\"11330500002546138B\",\"湖州市市场监督管理局\",\"11330500002546138B\",null,\"02\"]"));
            Assert.Equal(1, (await batch.CompleteAsync()).Inserted);
        }

        await using var scope = Fixture.Services.CreateAsyncScope();
        var subject = await scope.ServiceProvider.GetRequiredService<ISubjectDirectory>().FindByCodeAsync(uscc);
        Assert.NotNull(subject);
        var record = (await scope.ServiceProvider.GetRequiredService<ICreditRecordRepairs>().BadRecordsAsync(subject.SubjectId)).Single(r => r.Reference == penalty);
        Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"subject {subject.SubjectId}, record {record.RecordId}"));
        return (subject.SubjectId, record.RecordId, subject.Name, penalty);
    }
}
