using System.Text;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.IntegrationTests.Collection;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Jobs;

/// <summary>
/// Issue #24: a nightly-feeds run killed between creating a feed batch and queueing it left the batch 待确认 for ever;
/// the resumed run (the job server fetches it again) now confirms it first. An upload's draft is a person's and stays.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class NightlyFeedsResumeTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_feed_batch_a_crash_left_unconfirmed_is_queued_by_the_next_run_and_an_upload_draft_is_not()
    {
        var feed = await DraftAsync(BatchSource.DropFolder);
        var upload = await DraftAsync(BatchSource.Upload);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NightlyFeeds>().RunAsync(CancellationToken.None);
        }

        Assert.Equal((short)BatchStatus.Queued, await StatusAsync(feed));
        Assert.Equal((short)BatchStatus.Draft, await StatusAsync(upload));
    }

    private async Task<long> DraftAsync(BatchSource source)
    {
        var file = new PenaltyFile();
        file.AddEnterprise(Unique.Uscc(), $"湖州{file.Marker}号有限公司");
        await using var scope = factory.Services.CreateAsyncScope();
        using var content = new MemoryStream(file.ToCsv(new UTF8Encoding(false)));
        var created = await scope.ServiceProvider.GetRequiredService<BatchIntake>()
            .CreateAsync("XZCF", "HZ-SJJ", "", source == BatchSource.Upload ? "scjg.staff" : "feed:drop-folder", source, "XZCF_feed.csv", content, CancellationToken.None);
        Assert.True(created.Succeeded, created.Error);
        return created.Value.Id;
    }

    private Task<short> StatusAsync(long id) =>
        factory.Database.ScalarAsync<short>("SELECT status FROM credit.collection_batches WHERE id = $1", id);
}
