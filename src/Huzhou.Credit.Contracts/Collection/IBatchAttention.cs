using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Contracts.Collection;

/// <summary>
/// The collection batches an operator must look at after a crash or an outage (issue #24): interrupted (处理中 with a
/// stopped heartbeat, waiting for the automatic recovery) and failed. The administrators' job page lists them and
/// requeues one; the credit office does the same on the batch page.
/// </summary>
public interface IBatchAttention
{
    /// <summary>Interrupted and failed batches of the last <paramref name="days"/> days, newest first (at most 100).</summary>
    Task<IReadOnlyList<BatchNeedingAttention>> ListAsync(int days, CancellationToken cancellationToken);

    /// <summary>Puts a failed or interrupted batch back in the queue with fresh automatic attempts (the caller audits it).</summary>
    Task<Result> RequeueAsync(long batchId, CancellationToken cancellationToken);
}
