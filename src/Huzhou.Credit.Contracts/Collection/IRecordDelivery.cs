namespace Huzhou.Credit.Contracts.Collection;

/// <summary>
/// Delivers records that another module of the platform produces (a commitment signed online, a breach found by a
/// department) into the credit database the way a department's system would: one collection batch (source 平台业务),
/// the same validation against the catalogue item, subject resolution, publicity computation and merge as a file,
/// run at once. Implemented by the Collection module.
/// </summary>
public interface IRecordDelivery
{
    /// <summary>Delivers the rows as one batch and returns its outcome; invalid rows are rejected with their reasons, valid ones written.</summary>
    Task<RecordDeliveryResult> DeliverAsync(RecordDeliveryRequest request, CancellationToken cancellationToken = default);
}

/// <summary>What to deliver.</summary>
/// <param name="ItemCode">Catalogue item code (e.g. XYCN).</param>
/// <param name="DepartmentCode">The department the records are delivered for (the provider of record).</param>
/// <param name="Actor">Who caused the delivery (an account name), recorded on the batch and the record history.</param>
/// <param name="SourceName">A short description shown as the batch's file name (e.g. 信用承诺 XYCN-2026-000123).</param>
/// <param name="Rows">Rows as values by field label (the catalogue's Chinese labels) or key.</param>
public sealed record RecordDeliveryRequest(string ItemCode, string DepartmentCode, string Actor, string SourceName, IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows);

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

/// <summary>A rejected row.</summary>
/// <param name="RowNumber">1-based position in <see cref="RecordDeliveryRequest.Rows"/>.</param>
/// <param name="FieldLabel">The field at fault, when one is.</param>
/// <param name="Reason">The reason in Chinese.</param>
public sealed record RecordDeliveryRejection(int RowNumber, string? FieldLabel, string Reason);
