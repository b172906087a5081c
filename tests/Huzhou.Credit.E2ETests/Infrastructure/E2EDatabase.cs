using System.Security.Cryptography;
using Npgsql;

namespace Huzhou.Credit.E2ETests.Infrastructure;

/// <summary>
/// A database of its own for one test run, on the server <c>CREDIT_TEST_CONNECTION</c> names, dropped at the
/// end. A random name lets runs (and the integration tests) share one server without meeting.
/// </summary>
internal sealed class E2EDatabase : IAsyncDisposable
{
    public const string ServerVariable = "CREDIT_TEST_CONNECTION";

    private readonly string _adminConnectionString;
    private bool _created;

    private E2EDatabase(string serverConnectionString)
    {
        Name = "credit_e2e_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        // CREATE/DROP DATABASE cannot run inside a pooled session that might linger: no pooling for them.
        _adminConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false }.ConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = Name }.ConnectionString;
        OwnerConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString)
            { Database = Name, Username = Name + "_owner", Password = _ownerPassword }.ConnectionString;
        AppConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString)
            { Database = Name, Username = Name + "_app", Password = _appPassword }.ConnectionString;
    }

    private readonly string _ownerPassword = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
    private readonly string _appPassword = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public string Name { get; }

    /// <summary>The connection string of the new database as the superuser, for the tests' own look-ups.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// The owner role <c>{Name}_owner</c> (owns the database; the app migrates with it, <c>ConnectionStrings:CreditOwner</c>).
    /// Role names are cluster-wide: they carry the database's random name and are dropped with it.
    /// </summary>
    public string OwnerConnectionString { get; }

    /// <summary>The application role <c>{Name}_app</c>: what the app runs as (<c>ConnectionStrings:Credit</c>, docs/adr/0013).</summary>
    public string AppConnectionString { get; }

    public static async Task<E2EDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            // Unlike the integration tests, this project does not start PostgreSQL itself (no Testcontainers).
            throw new InvalidOperationException(
                $"The end-to-end tests need PostgreSQL: set {ServerVariable} to a superuser connection string " +
                "with Database=postgres (e.g. 'Host=127.0.0.1;Port=55700;Username=postgres;Database=postgres'), " +
                "or run ./build.sh test, which provides one.");
        }

        var database = new E2EDatabase(server);
        database._created = true;
        await database.ExecuteAsync($"CREATE ROLE {database.Name}_owner LOGIN PASSWORD '{database._ownerPassword}'", cancellationToken);
        await database.ExecuteAsync($"CREATE ROLE {database.Name}_app LOGIN PASSWORD '{database._appPassword}'", cancellationToken);
        await database.ExecuteAsync(
            $"CREATE DATABASE {database.Name} OWNER {database.Name}_owner ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0",
            cancellationToken);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_created)
        {
            return;
        }

        _created = false;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", CancellationToken.None);
        await ExecuteAsync($"DROP ROLE IF EXISTS {Name}_app", CancellationToken.None);
        await ExecuteAsync($"DROP ROLE IF EXISTS {Name}_owner", CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
