using System.Globalization;

namespace Huzhou.Credit.Lists.Domain;

/// <summary>What an import's page and its status endpoint say about it, in Chinese.</summary>
internal static class ListImportLabels
{
    /// <summary>A running import whose heartbeat is older than this was interrupted (its worker died).</summary>
    public static readonly TimeSpan InterruptedAfter = TimeSpan.FromSeconds(15);

    /// <summary>Running, but its worker stopped writing the heartbeat: the recovery will queue it again.</summary>
    public static bool LooksInterrupted(ListImport import, DateTimeOffset now) =>
        import.Status == ListImportStatus.Running && (import.HeartbeatAt ?? import.ImportedAt) < now - InterruptedAfter;

    public static bool IsDone(ListImport import) => import.Status is ListImportStatus.Completed or ListImportStatus.Failed;

    /// <summary>queued, running, interrupted, completed or failed (for scripts and tests).</summary>
    public static string State(ListImport import, DateTimeOffset now) =>
        LooksInterrupted(import, now) ? "interrupted" : import.Status.ToString().ToLowerInvariant();

    /// <summary>The short state: 排队中, 正在读取文件, 正在校验, 正在写入, 已完成, 失败（原因）, 处理中断，等待自动恢复.</summary>
    public static string StateName(ListImport import, DateTimeOffset now) => import.Status switch
    {
        _ when LooksInterrupted(import, now) => "处理中断，等待自动恢复",
        ListImportStatus.Queued => import.Attempts > 0 ? "排队中（将重新处理）" : "排队中",
        ListImportStatus.Running => import.Phase switch
        {
            ListImportPhase.Checking => "正在校验",
            ListImportPhase.Writing => "正在写入",
            _ => "正在读取文件",
        },
        ListImportStatus.Completed => "已完成",
        ListImportStatus.Failed => $"失败（{import.Error ?? "原因不明"}）",
        _ => import.Status.ToString(),
    };

    /// <summary>One sentence on what the job is doing, with its counts.</summary>
    public static string Text(ListImport import, DateTimeOffset now)
    {
        var c = CultureInfo.InvariantCulture;
        return import.Status switch
        {
            _ when LooksInterrupted(import, now) => string.Format(c, "处理中断（已读取 {0:N0} 行），系统将自动从上传的文件重新处理；中断的处理不会写入任何记录。", import.RowsRead),
            ListImportStatus.Queued => "排队中：文件已上传，等待后台任务开始处理。",
            ListImportStatus.Running => import.Phase switch
            {
                ListImportPhase.Checking => string.Format(c, "正在校验：共 {0:N0} 行，已通过 {1:N0} 行，退回 {2:N0} 行。", import.RowsRead, import.RowsAccepted, import.Rejected),
                ListImportPhase.Writing => string.Format(c, "正在写入：{0:N0} 行通过校验，退回 {1:N0} 行；整个文件在一个事务中写入。", import.RowsAccepted, import.Rejected),
                _ => string.Format(c, "正在读取文件：已读取 {0:N0} 行。", import.RowsRead),
            },
            ListImportStatus.Completed => string.Format(c, "已完成：收到 {0:N0} 条，列入 {1:N0} 条，已存在 {2:N0} 条，退回 {3:N0} 条。", import.Received, import.Imported, import.Unchanged, import.Rejected),
            ListImportStatus.Failed => $"导入失败：{import.Error ?? "原因不明"}。未写入任何记录。",
            _ => "",
        };
    }

    /// <summary>The bar, in percent: reading up to 30, checking up to 80 (by rows checked), writing 90, done 100.</summary>
    public static int Percent(ListImport import) => import.Status switch
    {
        ListImportStatus.Completed or ListImportStatus.Failed => 100,
        ListImportStatus.Running => import.Phase switch
        {
            ListImportPhase.Checking => 30 + (import.RowsRead == 0 ? 0 : (int)(50L * Math.Min(import.RowsRead, import.RowsAccepted + import.Rejected) / import.RowsRead)),
            ListImportPhase.Writing => 90,
            _ => Math.Min(29, 5 + (import.RowsRead / 2_000)),
        },
        _ => 0,
    };
}
