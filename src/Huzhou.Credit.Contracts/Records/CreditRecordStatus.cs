namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// The life of a credit record, as the record store keeps it (<c>credit.credit_records.status</c>, smallint) and as
/// the record contracts carry it. Stored as smallint: never renumber.
/// </summary>
public enum CreditRecordStatus : short
{
    /// <summary>公示中: in force and, when public, shown.</summary>
    Active = 1,

    /// <summary>公示期满: the publicity period ended (the nightly expiry job).</summary>
    PublicityEnded = 2,

    /// <summary>已修复: credit repair (信用修复) executed.</summary>
    Repaired = 3,

    /// <summary>已撤销: an upheld objection found it should never have been published.</summary>
    Revoked = 4,

    /// <summary>已更正: an upheld objection; the department re-delivers the right data.</summary>
    Corrected = 5,
}
