using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Jobs;

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
