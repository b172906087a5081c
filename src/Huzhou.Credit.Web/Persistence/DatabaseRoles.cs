using Npgsql;

namespace Huzhou.Credit.Web.Persistence;

/// <summary>
/// The two database roles of docs/adr/0013: the <b>owner</b> (<c>ConnectionStrings:CreditOwner</c>) owns the schemas and
/// runs migrations and the demo seed; the <b>application role</b> (<c>ConnectionStrings:Credit</c>, the role the running
/// application connects as) may read and write rows and nothing else — on <c>credit.audit_log</c> only INSERT and SELECT.
/// Without an owner connection the application is a one-role setup, as before: migrations run on <c>ConnectionStrings:Credit</c>.
/// </summary>
internal static class DatabaseRoles
{
    public const string OwnerConnectionStringName = "CreditOwner";

    /// <summary>The schemas the owner creates and the application role uses.</summary>
    public static readonly string[] Schemas = ["credit", "hangfire"];

    /// <summary>The owner's connection string, or null in a one-role setup.</summary>
    public static string? OwnerConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(OwnerConnectionStringName) is { Length: > 0 } owner ? owner : null;

    public static string AppConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(Huzhou.Credit.SharedKernel.Persistence.ModuleDbContextOptions.ConnectionStringName) is { Length: > 0 } app
            ? app
            : throw new InvalidOperationException("ConnectionStrings:Credit is not configured (set ConnectionStrings__Credit).");

    /// <summary>
    /// Creates the application role if it does not exist (LOGIN, with the password of its connection string; the owner
    /// needs CREATEROLE for that) and grants it what the running application needs. Idempotent: run after every migration.
    /// </summary>
    public static async Task GrantAsync(NpgsqlDataSource owner, string appConnectionString, ILogger log, CancellationToken cancellationToken)
    {
        var app = new NpgsqlConnectionStringBuilder(appConnectionString);
        var appRole = app.Username;
        if (string.IsNullOrWhiteSpace(appRole))
        {
            throw new InvalidOperationException("ConnectionStrings:Credit names no user (Username=...): the application role cannot be granted its rights.");
        }

        await using var connection = await owner.OpenConnectionAsync(cancellationToken);
        var ownerRole = (string)(await Scalar(connection, "SELECT current_user::text", cancellationToken))!;
        if (ownerRole == appRole)
        {
            log.LogWarning("ConnectionStrings:Credit and ConnectionStrings:CreditOwner name the same role {Role}: the application runs as the owner of its tables (see docs/adr/0013)", appRole);
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await Scalar(connection, "SELECT 1 FROM pg_roles WHERE rolname = $1", cancellationToken, appRole) is null)
        {
            // DDL takes no parameters: format() quotes the name (%I) and the password (%L) on the server.
            var create = (string)(string.IsNullOrEmpty(app.Password)
                ? await Scalar(connection, "SELECT format('CREATE ROLE %I LOGIN', $1::text)", cancellationToken, appRole)
                : await Scalar(connection, "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)", cancellationToken, appRole, app.Password))!;
            await Execute(connection, create, cancellationToken);
            log.LogInformation("Created the application database role {Role}", appRole);
        }

        var role = Quote(appRole);
        var owned = Quote(ownerRole);
        var statements = new List<string>();
        foreach (var schema in Schemas)
        {
            statements.Add($"GRANT USAGE ON SCHEMA {schema} TO {role}");
            statements.Add($"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}");
            statements.Add($"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}");
            // Tables and sequences a later migration creates are covered before this step runs again.
            statements.Add($"ALTER DEFAULT PRIVILEGES FOR ROLE {owned} IN SCHEMA {schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}");
            statements.Add($"ALTER DEFAULT PRIVILEGES FOR ROLE {owned} IN SCHEMA {schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {role}");
        }

        // The audit log is append-only for the application: it may add and read rows, never change or remove them
        // (the trigger refuses that too, and a role that is not a superuser cannot switch triggers off).
        statements.Add($"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON credit.audit_log FROM {role}");
        // Nothing of the schemas is the application's to change: no CREATE in them, whatever was granted before.
        statements.Add($"REVOKE CREATE ON SCHEMA credit, hangfire FROM {role}");
        foreach (var statement in statements)
        {
            await Execute(connection, statement, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        log.LogInformation("Granted the application role {Role} its rights on schemas {Schemas}", appRole, string.Join(", ", Schemas));
    }

    /// <summary>What the role a connection runs as may do beyond reading and writing rows, or null if nothing.</summary>
    /// <returns>A sentence for the log, e.g. "superuser", or null when the role is neither a superuser nor an owner of the audit log.</returns>
    public static async Task<string?> ExcessPrivilegeAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT current_user::text, r.rolsuper,
                   (SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = to_regclass('credit.audit_log'))
            FROM pg_roles r WHERE r.rolname = current_user
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var user = reader.GetString(0);
        if (reader.GetBoolean(1))
        {
            return $"role {user} is a superuser";
        }

        return !reader.IsDBNull(2) && reader.GetBoolean(2) ? $"role {user} owns credit.audit_log" : null;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
