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
