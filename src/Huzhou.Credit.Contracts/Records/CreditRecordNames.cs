using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Contracts.Records;

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
