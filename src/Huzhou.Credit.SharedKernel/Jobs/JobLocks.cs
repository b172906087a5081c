using System.Security.Cryptography;
using System.Text;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Jobs;

/// <summary>
/// Exclusive runs of background jobs (ADR 0016): a PostgreSQL session advisory lock taken on a dedicated, non-pooled
/// connection held for the run. A killed process's session ends with its socket, so its locks are gone at once — no
/// lock outlives its holder, unlike Hangfire's <c>DisableConcurrentExecution</c> row in <c>hangfire.lock</c>. The
/// platform's pooled connections never take one (they are returned without a reset, see <c>NoResetOnClose</c>).
/// </summary>
public sealed class JobLocks
{
    private readonly string _connectionString;

    public JobLocks(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ModuleDbContextOptions.ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Credit is not configured (set ConnectionStrings__Credit).");
        // Its own connection, closed (not pooled) with the lease: the session, and so the lock, ends with it.
        _connectionString = new NpgsqlConnectionStringBuilder(configured)
        {
            Pooling = false,
            ApplicationName = "huzhou-credit job lock",
            KeepAlive = 10,
        }.ConnectionString;
    }

    /// <summary>Takes the lock named <paramref name="key"/> if no one holds it; null when it is held (the caller skips).</summary>
    public async Task<JobLease?> TryAcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = KeyOf(key) });
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new JobLease(key, connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Waits until the lock named <paramref name="key"/> is free and takes it (runs that must each happen, one after another).</summary>
    public async Task<JobLease> AcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter { Value = KeyOf(key) });
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new JobLease(key, connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>An open connection of the job-lock kind (not pooled), for reading the run table.</summary>
    internal async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Whether a live session holds the lock named <paramref name="key"/> (a look at <c>pg_locks</c>, nothing taken).</summary>
    public async Task<bool> IsHeldAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        var value = KeyOf(key);
        // A bigint advisory key shows in pg_locks as classid = its high 32 bits, objid = its low 32 bits, objsubid = 1.
        await using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) " +
            "AND classid::bigint = $1 AND objid::bigint = $2 AND objsubid = 1 AND granted)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (long)(uint)(value >> 32) });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)(uint)value });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>The advisory lock key of a name: the first 8 bytes of its SHA-256, so names never collide in practice.</summary>
    public static long KeyOf(string key) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("huzhou-credit:" + key)), 0);
}
