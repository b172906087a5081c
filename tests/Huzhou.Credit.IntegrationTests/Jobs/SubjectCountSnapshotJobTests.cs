using System.Globalization;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.IntegrationTests.Subjects;
using Huzhou.Credit.Subjects.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Jobs;

/// <summary>The nightly count snapshot, run directly (the Hangfire server is off in tests).</summary>
[Collection(CreditCollection.Name)]
public sealed class SubjectCountSnapshotJobTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Snapshot_counts_every_subject_and_the_admin_overview_shows_it()
    {
        // A subject registered after the seed's own snapshot: a stale snapshot would miss it.
        using var office = await SignedInClient.CreateAsync(factory, "xinyongban");
        await SubjectForms.CreateOrganisationAsync(office, $"湖州{Unique.ChineseFragment()}有限公司", Unique.Uscc());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SubjectCountSnapshotJob>().RunAsync(CancellationToken.None);
        }

        var total = await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects");
        SubjectCountSnapshot? snapshot;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            snapshot = await scope.ServiceProvider.GetRequiredService<ISubjectStatistics>().GetLatestSnapshotAsync();
        }

        Assert.NotNull(snapshot);
        Assert.Equal(total, snapshot.Rows.Sum(r => r.Count));
        Assert.All(snapshot.Rows, r => Assert.True(r.Count > 0));

        using var admin = await SignedInClient.CreateAsync(factory, "admin");
        var page = await HtmlPages.GetAsync(admin, "/admin");
        Assert.NotNull(page.QuerySelector("table"));
        Assert.Contains("合计 " + total.ToString("N0", CultureInfo.GetCultureInfo("zh-CN")), page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Count_snapshot_is_registered_as_a_recurring_job()
    {
        var registered = await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value = $1", SubjectCountSnapshotJob.JobId);

        Assert.Equal(1, registered);
        Assert.Equal("subjects:count-snapshot", SubjectCountSnapshotJob.JobId);
    }
}
