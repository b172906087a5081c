namespace Huzhou.Credit.Collection.Domain;

internal static class BatchLabels
{
    /// <summary>A running batch's heartbeat older than this reads as interrupted (the worker beats every 5 s).</summary>
    public static readonly TimeSpan InterruptedAfter = TimeSpan.FromSeconds(15);

    /// <summary>The status as shown: a batch whose worker stopped beating reads 处理中断，等待自动恢复.</summary>
    public static string Status(CollectionBatch batch, DateTimeOffset now) =>
        batch.LooksInterrupted(now) ? "处理中断，等待自动恢复" : Status(batch.Status);

    public static string Status(BatchStatus status) => status switch
    {
        BatchStatus.Draft => "待确认",
        BatchStatus.Queued => "排队中",
        BatchStatus.Running => "处理中",
        BatchStatus.Completed => "已完成",
        BatchStatus.Failed => "失败",
        BatchStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };

    /// <summary>One Chinese sentence on what the batch's job is doing (the batch page and its progress endpoint).</summary>
    public static string Text(CollectionBatch batch, DateTimeOffset now)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return batch.Status switch
        {
            _ when batch.LooksInterrupted(now) => string.Format(c, "处理中断（已读取 {0:N0} 行），系统将从保存的文件自动重新处理；整个批次一次提交，不会产生半截数据。", batch.RowsRead),
            BatchStatus.Draft => "待确认：请核对预览中的列对应后确认报送。",
            BatchStatus.Queued => "排队中：文件已保存，等待后台任务处理。",
            BatchStatus.Running when batch.RowsRead == 0 => "正在读取文件…",
            BatchStatus.Running => string.Format(c, "正在读取、校验并写入：已处理 {0:N0} 行（整个批次全部处理完后一次提交）。", batch.RowsRead),
            BatchStatus.Completed => string.Format(c, "已完成：接收 {0:N0} 行，新增 {1:N0}，更新 {2:N0}，未变化 {3:N0}，退回 {4:N0}。",
                batch.Received, batch.Inserted, batch.Updated, batch.Unchanged, batch.Rejected),
            BatchStatus.Failed => $"失败（{batch.Error ?? "原因不明"}）",
            BatchStatus.Cancelled => "已取消。",
            _ => Status(batch.Status),
        };
    }

    public static string Source(BatchSource source) => source switch
    {
        BatchSource.Upload => "页面上传",
        BatchSource.Api => "接口报送",
        BatchSource.DropFolder => "前置目录",
        BatchSource.HttpPull => "定时拉取",
        BatchSource.Platform => "平台业务",
        _ => source.ToString(),
    };
}
