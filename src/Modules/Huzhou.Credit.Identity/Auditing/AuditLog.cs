using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Http;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Identity.Auditing;

/// <summary>
/// Writes audit rows on a connection of its own and commits at once: a look at personal data is recorded
/// even when the page that showed it fails later, and it never rides on the caller's transaction.
/// </summary>
internal sealed class AuditLog(NpgsqlDataSource dataSource, ICurrentStaff staff, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Action);
        var principal = http.HttpContext?.User;
        var userName = staff.UserName
            ?? (principal?.FindFirst(ApiKeyDefaults.ClientIdClaim) is { } client ? "api-client:" + client.Value
                : principal?.Identity is { IsAuthenticated: true, AuthenticationType: CitizenAccountDefaults.Scheme, Name: { } citizen } ? "citizen:" + citizen
                : "system");

        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO credit.audit_log (occurred_at, user_id, user_name, action, module, subject_id, purpose, detail, ip_address)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)staff.UserId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(userName, 256) });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(entry.Action, 100) });
        command.Parameters.Add(new NpgsqlParameter { Value = Truncate(entry.Module, 50) });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.SubjectId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)Truncate(entry.Purpose, 500) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)Truncate(entry.Detail, 1000) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..max];
}
