using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Jobs;

/// <summary>
/// The runs of the platform's singleton background jobs (publicity and list expiry, feeds, statistics, scoring, the
/// credit-status rebuild, the count snapshot), one row each in <c>credit.job_runs</c> with progress and checkpoint, so an
/// operator sees in one place (<c>/admin/jobs</c>) what runs, what a crash interrupted and which run resumed it
/// (issue #24, ADR 0016). A run holds its job lock (<see cref="JobLocks"/>) for its whole length, so a row still marked
/// running when the next run takes the lock belongs to a run that died: it is marked interrupted and the new run says
/// that it resumes it. The row is written on the lock's own session, never on a pooled connection the job needs.
/// </summary>
public sealed class JobRuns(JobLocks locks, ILogger<JobRuns> logger)
{
    /// <summary>Starts a run if no other run of <paramref name="job"/> is under way; null when one is (the caller skips).</summary>
    public async Task<JobRun?> TryStartAsync(string job, string title, CancellationToken cancellationToken)
    {
        var lease = await locks.TryAcquireAsync(job, cancellationToken);
        return lease is null ? null : await BeginAsync(lease, job, title, cancellationToken);
    }

    /// <summary>Waits until no other run of <paramref name="job"/> is under way and starts one (runs that must each happen).</summary>
    public async Task<JobRun> StartAsync(string job, string title, CancellationToken cancellationToken)
    {
        var lease = await locks.AcquireAsync(job, cancellationToken);
        return await BeginAsync(lease, job, title, cancellationToken);
    }

    /// <summary>The latest runs, newest first (at most <paramref name="limit"/>), with whether a live session still holds each running one's lock.</summary>
    public async Task<IReadOnlyList<JobRunInfo>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        var runs = new List<JobRunInfo>();
        await using (var connection = await locks.OpenAsync(cancellationToken))
        await using (var command = new NpgsqlCommand(
            """
            SELECT id, job, title, status, started_at, heartbeat_at, finished_at, processed, total, checkpoint, summary, error, resumes, host
            FROM credit.job_runs ORDER BY id DESC LIMIT $1
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                runs.Add(new JobRunInfo(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), (JobRunStatus)reader.GetInt16(3),
                    reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5),
                    reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.GetInt64(7),
                    reader.IsDBNull(8) ? null : reader.GetInt64(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                    reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11),
                    reader.IsDBNull(12) ? null : reader.GetInt64(12), reader.GetString(13), Alive: false));
            }
        }

        // A row marked running whose lock no live session holds was interrupted (its process died); it is marked so
        // when the next run starts, and shown so now.
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Status == JobRunStatus.Running)
            {
                runs[i] = runs[i] with { Alive = await locks.IsHeldAsync(runs[i].Job, cancellationToken) };
            }
        }

        return runs;
    }

    private async Task<JobRun> BeginAsync(JobLease lease, string job, string title, CancellationToken cancellationToken)
    {
        try
        {
            // We hold the job's lock, so any row of this job still marked running is a dead run's.
            long? resumes = null;
            string? checkpoint = null;
            await using (var interrupted = new NpgsqlCommand(
                "UPDATE credit.job_runs SET status = 3 WHERE job = $1 AND status = 0 RETURNING id, checkpoint", lease.Connection))
            {
                interrupted.Parameters.Add(new NpgsqlParameter<string> { TypedValue = job });
                await using var reader = await interrupted.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (resumes is null || reader.GetInt64(0) > resumes)
                    {
                        resumes = reader.GetInt64(0);
                        checkpoint = reader.IsDBNull(1) ? null : reader.GetString(1);
                    }
                }
            }

            await using var insert = new NpgsqlCommand(
                "INSERT INTO credit.job_runs (job, title, status, resumes, host) VALUES ($1, $2, 0, $3, $4) RETURNING id", lease.Connection);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = job });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = title });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)resumes ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"{Environment.MachineName}:{Environment.ProcessId}" });
            var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
            if (resumes is not null)
            {
                logger.LogWarning("{Job}: run {RunId} resumes run {Interrupted}, which was interrupted at {Checkpoint}", job, id, resumes, checkpoint ?? "its start");
            }

            return new JobRun(lease, id, resumes, logger);
        }
        catch
        {
            await lease.DisposeAsync();
            throw;
        }
    }
}

/// <summary>
/// A run of a singleton job: holds the job's lock and its row in <c>credit.job_runs</c>. Report progress as the work
/// commits; <see cref="CompleteAsync"/> at the end. Disposed without completing (an exception, a cancellation), the row
/// says it failed; killed with its process, the row stays running until the next run marks it interrupted.
/// </summary>
public sealed class JobRun : IAsyncDisposable
{
    private readonly JobLease _lease;
    private readonly ILogger _logger;
    private bool _ended;

    internal JobRun(JobLease lease, long id, long? resumes, ILogger logger)
    {
        _lease = lease;
        _logger = logger;
        Id = id;
        Resumes = resumes;
    }

    public long Id { get; }

    /// <summary>The interrupted run this one resumes, if any.</summary>
    public long? Resumes { get; }

    /// <summary>Records how far the run is: items done, the total when known, and where it would resume.</summary>
    public async Task ProgressAsync(long processed, long? total = null, string? checkpoint = null, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE credit.job_runs SET processed = $2, total = coalesce($3, total), checkpoint = coalesce($4, checkpoint), heartbeat_at = now() WHERE id = $1",
            _lease.Connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Id });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = processed });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)total ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)checkpoint ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Marks the run finished with a one-line summary (no personal data: counts and dates).</summary>
    public async Task CompleteAsync(string? summary = null, CancellationToken cancellationToken = default)
    {
        await EndAsync(JobRunStatus.Finished, summary, null, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_ended)
            {
                await EndAsync(JobRunStatus.Failed, null, "运行未完成（出错或被取消，详见应用日志），下次运行从检查点继续。", CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // The session is broken (the database restarted): the row stays running and the next run marks it interrupted.
            _logger.LogWarning("Job run {RunId}: its end could not be recorded ({Error})", Id, ex.Message);
        }
        finally
        {
            await _lease.DisposeAsync();
        }
    }

    private async Task EndAsync(JobRunStatus status, string? summary, string? error, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE credit.job_runs SET status = $2, finished_at = now(), heartbeat_at = now(), summary = $3, error = $4 WHERE id = $1", _lease.Connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Id });
        command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)status });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)summary ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
        _ended = true;
    }
}

public enum JobRunStatus : short
{
    Running = 0,
    Finished = 1,
    Failed = 2,
    Interrupted = 3,
}

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
