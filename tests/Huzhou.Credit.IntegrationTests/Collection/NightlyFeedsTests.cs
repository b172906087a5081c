using System.Text;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.IntegrationTests.Collection;

[Collection(CreditCollection.Name)]
public sealed class NightlyFeedsTests(CreditAppFactory factory)
{
    [Fact]
    public async Task A_file_in_a_department_drop_folder_becomes_a_processed_batch_and_moves_to_processed()
    {
        var root = Path.Combine(Path.GetTempPath(), "hzc-drop-" + Unique.Digits(8));
        var folder = Directory.CreateDirectory(Path.Combine(root, "HZ-SJJ")).FullName;
        var file = new PenaltyFile();
        var number = file.AddEnterprise(Unique.Uscc(), "湖州" + file.Marker + "前置机有限公司");
        await File.WriteAllBytesAsync(Path.Combine(folder, "XZCF_20261126.csv"), file.ToCsv(new UTF8Encoding(true)));
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var options = Options.Create(new CollectionOptions { DropFolder = root, StoragePath = Path.Combine(root, "storage") });
            var feeds = new NightlyFeeds(
                ActivatorUtilities.CreateInstance<BatchIntake>(scope.ServiceProvider, options),
                scope.ServiceProvider.GetRequiredService<IHttpClientFactory>(),
                options,
                NullLogger<NightlyFeeds>.Instance);

            await feeds.RunAsync(CancellationToken.None);

            var batch = await factory.Database.ScalarAsync<long>("SELECT max(id) FROM credit.collection_batches WHERE created_by = 'feed:drop-folder' AND department_code = 'HZ-SJJ'");
            await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(batch, CancellationToken.None);
            Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE source_key = $1", number));
            Assert.Equal(3, await factory.Database.ScalarAsync<short>("SELECT source FROM credit.collection_batches WHERE id = $1", batch));
            Assert.Empty(Directory.GetFiles(folder));
            Assert.Single(Directory.GetFiles(Path.Combine(folder, "processed")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
