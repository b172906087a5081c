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
