using Huzhou.Credit.Contracts.Catalogue;

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

/// <summary>The Chinese names of the record vocabulary, in one place for every module.</summary>
public static class CreditRecordNames
{
    /// <summary>公示中, 公示期满, 已修复, 已撤销, 已更正.</summary>
    public static string Of(CreditRecordStatus status) => status switch
    {
        CreditRecordStatus.Active => "公示中",
        CreditRecordStatus.PublicityEnded => "公示期满",
        CreditRecordStatus.Repaired => "已修复",
        CreditRecordStatus.Revoked => "已撤销",
        CreditRecordStatus.Corrected => "已更正",
        _ => status.ToString(),
    };

    /// <summary>轻微, 一般, 严重.</summary>
    public static string Of(PenaltyClass penaltyClass) => penaltyClass switch
    {
        PenaltyClass.Minor => "轻微",
        PenaltyClass.General => "一般",
        PenaltyClass.Serious => "严重",
        _ => penaltyClass.ToString(),
    };
}
