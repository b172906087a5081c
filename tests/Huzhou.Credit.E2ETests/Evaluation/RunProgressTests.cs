using Huzhou.Credit.E2ETests.Infrastructure;
using Huzhou.Credit.Evaluation.Features;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Huzhou.Credit.E2ETests.Evaluation;

/// <summary>Issue #28 §4: the evaluation run's bar and text move while the run works, without a reload.</summary>
[Collection(E2ECollection.Name)]
public sealed class RunProgressTests(E2EFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task The_run_bar_moves_and_the_page_says_which_bucket_is_being_scored_without_a_reload() => InBrowserAsync(async page =>
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<ScoringRunner>();
        var run = await runner.CreateFullRunAsync([], "e2e-tests", CancellationToken.None);

        await SignInAsync(page, DemoAccounts.CreditOffice);
        await page.GotoAsync("/evaluation");
        var row = page.Locator($"#run-{run.Id}");
        await Expect(row.Locator("[data-job-state]")).ToHaveTextAsync("排队中");
        await Expect(row.Locator("progress")).ToHaveAttributeAsync("value", "0");
        // No reload from here on: a marker in the document would be gone after one.
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        // The run stops after its third bucket until the page has shown it.
        var paused = new TaskCompletionSource();
        var resume = new TaskCompletionSource();
        runner.AfterChunk = async r =>
        {
            if (r.BucketsDone == 3)
            {
                paused.SetResult();
                await resume.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        };
        var running = Task.Run(() => runner.RunAsync(run.Id, CancellationToken.None));
        await paused.Task.WaitAsync(TimeSpan.FromSeconds(60));

        await Expect(row.Locator("[data-job-text]")).ToContainTextAsync("正在计算第 4/", new() { Timeout = 10_000 });
        await Expect(row.Locator("[data-job-state]")).ToHaveTextAsync("正在计算");
        var value = await row.Locator("progress").EvaluateAsync<double>("p => p.value");
        Assert.True(value > 0, $"the bar should have moved, value {value}");
        resume.SetResult();
        await running;

        await Expect(row.Locator("[data-job-state]")).ToHaveTextAsync("已完成", new() { Timeout = 10_000 });
        await Expect(row.Locator("a[data-job-result]")).ToBeVisibleAsync();
        Assert.Equal(await row.Locator("progress").EvaluateAsync<double>("p => p.max"), await row.Locator("progress").EvaluateAsync<double>("p => p.value"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
    });
}
