namespace Huzhou.Credit.Subjects.Records;

internal static class CreditRecordStatuses
{
    public static string DisplayName(CreditRecordChangeKind kind) => kind switch
    {
        CreditRecordChangeKind.Inserted => "新增",
        CreditRecordChangeKind.Updated => "更新",
        CreditRecordChangeKind.StatusChanged => "状态变更",
        _ => kind.ToString(),
    };
}
