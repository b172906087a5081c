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
