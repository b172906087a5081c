using System.Reflection;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// Issue #25 §6: each module's migrations were squashed into one <c>Initial</c> (marked with the ids it replaces,
/// <see cref="ReplacesMigrationsAttribute"/>). A database migrated before the squash holds the old ids in its history
/// tables; <c>migrate</c> rebaselines it (the old rows become the squashed migration's, the schema stays as it is) and
/// refuses a database with only some of the old migrations. The databases are migrated by the built application's own
/// <c>migrate</c> command, as an operator would.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class MigrationRebaselineTests
{
    /// <summary>Every squashed migration of the platform: its id and the ids it replaces.</summary>
    private static readonly IReadOnlyList<(string Id, IReadOnlyList<string> Replaced)> Squashed =
        typeof(Program).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name?.StartsWith("Huzhou.Credit.", StringComparison.Ordinal) == true)
            .Select(Assembly.Load)
            .Append(typeof(Program).Assembly)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetCustomAttribute<ReplacesMigrationsAttribute>() is not null)
            .Select(t => (
                Id: t.GetCustomAttribute<MigrationAttribute>()!.Id,
                Replaced: t.GetCustomAttribute<ReplacesMigrationsAttribute>()!.MigrationIds))
            .ToList();

    [Fact]
    public async Task A_database_with_every_migration_of_before_the_squash_is_rebaselined_and_its_schema_left_as_it_is()
    {
        Assert.NotEmpty(Squashed);
        await using var server = await PostgresServer.StartAsync();
        var name = "credit_itm_" + Unique.Digits(8);
        var database = await server.CreateDatabaseAsync(name);
        try
        {
            await MigrateAsync(database, expectSuccess: true);
            await using var data = NpgsqlDataSource.Create(database.Superuser);
            var fresh = await SchemaAsync(data);
            var squashed = await HistoryTablesAsync(data);
            var histories = await HistoriesAsync(data, squashed);

            // What a database migrated before the squash holds: the replaced migrations' rows, not the squashed one's
            // (migrations added after the squash stay: this build knows them).
            foreach (var (table, id, replaced) in squashed)
            {
                Assert.Equal(1, await data.ExecuteAsync($"DELETE FROM credit.{table} WHERE migration_id = $1", id));
                foreach (var old in replaced)
                {
                    await data.ExecuteAsync($"INSERT INTO credit.{table} (migration_id, product_version) VALUES ($1, '10.0.0')", old);
                }
            }

            await MigrateAsync(database, expectSuccess: true);

            Assert.Equal(fresh, await SchemaAsync(data));
            Assert.Equal(histories, await HistoriesAsync(data, squashed));

            // A second run finds nothing to rebaseline and nothing to migrate.
            await MigrateAsync(database, expectSuccess: true);
            Assert.Equal(fresh, await SchemaAsync(data));
            Assert.Equal(histories, await HistoriesAsync(data, squashed));
        }
        finally
        {
            await server.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task A_database_with_only_some_of_the_squashed_migrations_is_refused_and_left_as_it_is()
    {
        await using var server = await PostgresServer.StartAsync();
        var name = "credit_itm_" + Unique.Digits(8);
        var database = await server.CreateDatabaseAsync(name);
        try
        {
            await MigrateAsync(database, expectSuccess: true);
            await using var data = NpgsqlDataSource.Create(database.Superuser);
            var fresh = await SchemaAsync(data);
            var subjects = (await HistoryTablesAsync(data)).Single(s => s.Table == "__ef_migrations_subjects");
            // A database last migrated before the newest of the old migrations.
            await data.ExecuteAsync($"DELETE FROM credit.{subjects.Table}");
            foreach (var old in subjects.Replaced.SkipLast(1))
            {
                await data.ExecuteAsync($"INSERT INTO credit.{subjects.Table} (migration_id, product_version) VALUES ($1, '10.0.0')", old);
            }

            var output = await MigrateAsync(database, expectSuccess: false);

            Assert.Contains("re-create this database", output, StringComparison.Ordinal);
            Assert.Contains("missing: " + subjects.Replaced[^1], output, StringComparison.Ordinal);
            Assert.Equal(subjects.Replaced.SkipLast(1).Order(StringComparer.Ordinal), (await data.ScalarAsync<string>(
                $"SELECT string_agg(migration_id, ',' ORDER BY migration_id COLLATE \"C\") FROM credit.{subjects.Table}")).Split(','));
            Assert.Equal(fresh, await SchemaAsync(data));
        }
        finally
        {
            await server.DropDatabaseAsync(name);
        }
    }

    /// <summary>Each squashed module's history table as it is: its migration ids in order.</summary>
    private static async Task<string> HistoriesAsync(NpgsqlDataSource data, IReadOnlyList<(string Table, string Id, IReadOnlyList<string> Replaced)> squashed)
    {
        var lines = new List<string>();
        foreach (var (table, _, _) in squashed)
        {
            lines.Add(table + ": " + await data.ScalarAsync<string>($"SELECT string_agg(migration_id, ',' ORDER BY migration_id COLLATE \"C\") FROM credit.{table}"));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The history table (one per module) of every squashed migration, found by the row a fresh database has of it.</summary>
    private static async Task<IReadOnlyList<(string Table, string Id, IReadOnlyList<string> Replaced)>> HistoryTablesAsync(NpgsqlDataSource data)
    {
        var tableOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var tables = await data.ScalarAsync<string>(
            @"SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = 'credit' AND table_name LIKE '\_\_ef\_migrations\_%'");
        foreach (var table in tables.Split(','))
        {
            var ids = await data.ScalarAsync<string>($"SELECT string_agg(migration_id, ',') FROM credit.{table}");
            foreach (var id in ids.Split(','))
            {
                tableOf[id] = table;
            }
        }

        return Squashed.Select(s => (tableOf[s.Id], s.Id, s.Replaced)).ToList();
    }

    private static async Task<string> MigrateAsync(TestDatabase database, bool expectSuccess)
    {
        var (exitCode, output) = await AppProcess.RunCommandAsync(database.App, ["migrate"],
            new Dictionary<string, string> { ["ConnectionStrings:CreditOwner"] = database.Owner }, TimeSpan.FromMinutes(5));
        Assert.True(expectSuccess == (exitCode == 0), $"migrate exited with {exitCode}:\n{output}");
        return output;
    }

    /// <summary>The schemas' definitions as the catalogue gives them: columns, constraints, indexes, triggers, functions, storage parameters.</summary>
    private static Task<string> SchemaAsync(NpgsqlDataSource data) => data.ScalarAsync<string>(
        """
        SELECT string_agg(line, E'\n' ORDER BY line COLLATE "C") FROM (
            SELECT format('column %s.%s %s %s %s not null %s default %s', n.nspname, c.relname, a.attnum, a.attname,
                format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)) AS line
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname IN ('credit', 'hangfire') AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v')
            UNION ALL
            SELECT format('relation %s.%s %s %s', n.nspname, c.relname, c.relkind, c.reloptions)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('credit', 'hangfire')
            UNION ALL
            SELECT format('constraint %s.%s %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname IN ('credit', 'hangfire')
            UNION ALL
            SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname IN ('credit', 'hangfire')
            UNION ALL
            SELECT format('trigger %s', pg_get_triggerdef(t.oid))
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('credit', 'hangfire') AND NOT t.tgisinternal
            UNION ALL
            SELECT format('function %s', pg_get_functiondef(p.oid))
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ('credit', 'hangfire')
        ) AS schema
        """);
}
