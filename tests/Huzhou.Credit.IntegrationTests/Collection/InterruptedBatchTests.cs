using System.Text;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.IntegrationTests.Collection;

[Collection(CreditCollection.Name)]
public sealed class InterruptedBatchTests(CreditAppFactory factory)
{
    [Fact]
    public async Task Batch_interrupted_mid_way_leaves_nothing_and_the_rerun_ends_with_the_right_counts()
    {
        var file = new PenaltyFile();
        var numbers = Enumerable.Range(0, 6).Select(i => file.AddEnterprise(Unique.Uscc(), $"湖州{file.Marker}{i}号有限公司")).ToArray();
        file.AddRaw("湖州" + file.Marker + "坏行有限公司", "123", "2026-10-01");
        var bytes = file.ToCsv(new UTF8Encoding(false));

        long batchId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var intake = scope.ServiceProvider.GetRequiredService<BatchIntake>();
            using var content = new MemoryStream(bytes);
            var created = await intake.CreateAsync("XZCF", "HZ-SJJ", "330500", "scjg.staff", BatchSource.Upload, "penalties.csv", content, CancellationToken.None);
            Assert.True(created.Succeeded, created.Error);
            batchId = created.Value.Id;
            Assert.True((await intake.ConfirmAsync(batchId, CancellationToken.None)).Succeeded);
        }

        // A crash while row 5 is read: the record store rolls the whole batch back.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var processor = scope.ServiceProvider.GetRequiredService<BatchProcessor>();
            await using var stream = new MemoryStream(bytes);
            await using var source = new CrashingSource(await RowSources.OpenAsync(stream, "penalties.csv"), crashAtRow: 5);
            await Assert.ThrowsAsync<IOException>(() => processor.RunAsync(batchId, source, CancellationToken.None));
        }

        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE source_key = ANY($1)", (object)numbers));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE name LIKE $1", "%" + file.Marker + "%"));

        // Hangfire runs the job again from the stored file.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CollectionJobs>().ProcessBatchAsync(batchId, CancellationToken.None);
        }

        var counts = await factory.Database.ScalarAsync<long[]>(
            "SELECT ARRAY[status, received, inserted, updated, unchanged, rejected, attempts] FROM credit.collection_batches WHERE id = $1", batchId);
        Assert.Equal([4L, 7L, 6L, 0L, 0L, 1L, 2L], counts);
        Assert.Equal(6L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.credit_records WHERE source_key = ANY($1)", (object)numbers));
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM credit.collection_rejections WHERE batch_id = $1", batchId));
    }

    /// <summary>Passes rows through until <c>crashAtRow</c>, then fails as a disk or network error would.</summary>
    private sealed class CrashingSource(IRowSource inner, int crashAtRow) : IRowSource
    {
        public string Format => inner.Format;

        public string? EncodingName => inner.EncodingName;

        public IReadOnlyList<string> Headers => inner.Headers;

        public int RowNumber => inner.RowNumber;

        public int FieldCount => inner.FieldCount;

        public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
        {
            var more = await inner.ReadAsync(cancellationToken);
            return more && inner.RowNumber >= crashAtRow ? throw new IOException("simulated crash") : more;
        }

        public string GetString(int column) => inner.GetString(column);

        public string RawText() => inner.RawText();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
