using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.SharedKernel.Jobs;

namespace Huzhou.Credit.UnitTests.Collection;

public sealed class BatchInterruptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_running_batch_whose_heartbeat_stopped_reads_as_interrupted()
    {
        var batch = new CollectionBatch { Status = BatchStatus.Running, StoredPath = "/data/1.csv", HeartbeatAt = Now.AddSeconds(-3) };
        Assert.Equal("处理中", BatchLabels.Status(batch, Now));
        batch.HeartbeatAt = Now.AddSeconds(-40);
        Assert.Equal("处理中断，等待自动恢复", BatchLabels.Status(batch, Now));

        // Queued after a failed attempt, the same once it waited; queued for the first time, never.
        var queued = new CollectionBatch { Status = BatchStatus.Queued, StoredPath = "/data/2.csv", HeartbeatAt = Now.AddMinutes(-5) };
        Assert.Equal("排队中", BatchLabels.Status(queued, Now));
        queued.Error = "处理中断，系统将自动重试：NpgsqlException";
        Assert.Equal("处理中断，等待自动恢复", BatchLabels.Status(queued, Now));
    }

    [Fact]
    public void Batches_without_a_stored_file_run_inside_their_request_and_are_never_read_as_interrupted()
    {
        var api = new CollectionBatch { Status = BatchStatus.Running, Source = BatchSource.Api, HeartbeatAt = null };
        Assert.False(api.LooksInterrupted(Now));
    }

    [Fact]
    public void Job_lock_keys_are_stable_and_distinct_per_batch()
    {
        Assert.Equal(JobLocks.KeyOf(CollectionJobs.BatchLockName(7)), JobLocks.KeyOf("collection:batch:7"));
        Assert.NotEqual(JobLocks.KeyOf(CollectionJobs.BatchLockName(7)), JobLocks.KeyOf(CollectionJobs.BatchLockName(8)));
        Assert.NotEqual(JobLocks.KeyOf("lists:expiry"), JobLocks.KeyOf("subjects:publicity-expiry"));
    }
}
