namespace Huzhou.Credit.Evaluation.Domain;

internal static class RunNames
{
    public static string Kind(RunKind kind) => kind == RunKind.Full ? "全量重评" : "增量评价";

    public static string Status(RunStatus status) => status switch
    {
        RunStatus.Queued => "排队中",
        RunStatus.Running => "进行中",
        RunStatus.Finished => "已完成",
        RunStatus.Failed => "失败（可续跑）",
        _ => status.ToString(),
    };
}
