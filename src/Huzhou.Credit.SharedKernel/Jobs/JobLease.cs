using Npgsql;

namespace Huzhou.Credit.SharedKernel.Jobs;

/// <summary>A held job lock: disposing it closes its session, which releases the lock.</summary>
public sealed class JobLease(string key, NpgsqlConnection connection) : IAsyncDisposable
{
    public string Key => key;

    /// <summary>The lease's own session (the job's run row is written on it: <see cref="JobRuns"/>).</summary>
    internal NpgsqlConnection Connection => connection;

    /// <summary>
    /// Runs <paramref name="sql"/> (with <paramref name="argument"/> as <c>$1</c>) on the lease's own connection — a
    /// heartbeat that does not need a pooled connection while the job's own is busy.
    /// </summary>
    public async Task ExecuteAsync(string sql, object argument, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = argument });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
