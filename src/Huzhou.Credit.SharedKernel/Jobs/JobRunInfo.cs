namespace Huzhou.Credit.SharedKernel.Jobs;

/// <summary>A row of <c>credit.job_runs</c>; <paramref name="Alive"/>: a running row whose lock a live session holds.</summary>
public sealed record JobRunInfo(
    long Id, string Job, string Title, JobRunStatus Status, DateTimeOffset StartedAt, DateTimeOffset HeartbeatAt, DateTimeOffset? FinishedAt,
    long Processed, long? Total, string? Checkpoint, string? Summary, string? Error, long? Resumes, string Host, bool Alive)
{
    /// <summary>The status as an operator reads it (a running row no live session holds is shown as interrupted).</summary>
    public string StatusName => Status switch
    {
        JobRunStatus.Running when Alive => "运行中",
        JobRunStatus.Running => "已中断（进程退出），等待恢复",
        JobRunStatus.Finished => "已完成",
        JobRunStatus.Failed => "失败",
        _ => "已中断，已由后续运行接续",
    };
}
