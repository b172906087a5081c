namespace Huzhou.Credit.Contracts.Collection;

/// <summary>The outcome of a delivery.</summary>
/// <param name="BatchId">The collection batch (0 when none was created).</param>
/// <param name="Completed">Whether the batch ran to the end (rows may still have been rejected).</param>
/// <param name="Inserted">New records.</param>
/// <param name="Updated">Records whose content changed.</param>
/// <param name="Unchanged">Records delivered again unchanged.</param>
/// <param name="Rejections">Rejected rows with the reason in Chinese.</param>
/// <param name="Error">Why the batch failed as a whole (Chinese), or null.</param>
public sealed record RecordDeliveryResult(long BatchId, bool Completed, long Inserted, long Updated, long Unchanged, IReadOnlyList<RecordDeliveryRejection> Rejections, string? Error)
{
    /// <summary>The batch completed and no row was rejected.</summary>
    public bool AllAccepted => Completed && Rejections.Count == 0;

    /// <summary>The reasons as one sentence for a message on screen.</summary>
    public string Problem => Error ?? string.Join("；", Rejections.Select(r => r.Reason));
}
