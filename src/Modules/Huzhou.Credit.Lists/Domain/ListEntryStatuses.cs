namespace Huzhou.Credit.Lists.Domain;

internal static class ListEntryStatuses
{
    public static string DisplayName(ListEntryStatus status) => status switch
    {
        ListEntryStatus.Proposed => "拟列入（待审核）",
        ListEntryStatus.InForce => "已列入",
        ListEntryStatus.Expired => "已到期",
        ListEntryStatus.Removed => "已移出",
        ListEntryStatus.RemovedEarly => "提前移出",
        ListEntryStatus.Rejected => "不予列入",
        _ => status.ToString(),
    };
}
