namespace Huzhou.Credit.Repair.Domain;

internal static class ObjectionNames
{
    public static string Status(ObjectionStatus status) => status switch
    {
        ObjectionStatus.UnderReview => "异议处理中",
        ObjectionStatus.Upheld => "维持原记录",
        ObjectionStatus.Corrected => "已更正",
        ObjectionStatus.Revoked => "已撤销记录",
        _ => status.ToString(),
    };
}
