using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Platform;

/// <summary>
/// The running application connects as a role that may read and write rows and nothing else (docs/adr/0013): it cannot
/// switch the audit log's append-only trigger off, nor change or remove an audit row, yet it writes audit rows.
/// The statements run on the application's own data source, i.e. as the role the host really uses.
/// </summary>
[Collection(CreditCollection.Name)]
public sealed class DatabaseRoleTests(CreditAppFactory factory)
{
    /// <summary>PostgreSQL's insufficient_privilege: the role is refused, not the trigger (which raises P0001).</summary>
    private const string InsufficientPrivilege = "42501";

    private NpgsqlDataSource App => factory.Services.GetRequiredService<NpgsqlDataSource>();

    [Fact]
    public async Task The_application_runs_as_its_own_role_which_is_no_superuser_and_owns_nothing()
    {
        var appRole = new NpgsqlConnectionStringBuilder(factory.ConnectionStrings.App).Username;

        Assert.Equal(appRole, await App.ScalarAsync<string>("SELECT current_user::text"));
        Assert.False(await App.ScalarAsync<bool>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        Assert.Equal(0, await App.ScalarAsync<long>(
            """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('credit', 'hangfire') AND pg_has_role(current_user, c.relowner, 'USAGE')
            """));
    }

    [Fact]
    public async Task The_application_role_cannot_skip_triggers_with_session_replication_role()
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => App.ExecuteAsync("SET session_replication_role = replica"));

        Assert.Equal(InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_application_role_cannot_disable_the_audit_trigger()
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            App.ExecuteAsync("ALTER TABLE credit.audit_log DISABLE TRIGGER audit_log_append_only"));

        Assert.Equal(InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_application_role_writes_and_reads_audit_rows_but_may_not_update_delete_or_truncate_them()
    {
        var marker = "it-db-role-" + Unique.Digits(8);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().WriteAsync(new AuditEntry("tests.db-role", "Tests", Detail: marker));
        }

        var rowId = await App.ScalarAsync<long>("SELECT id FROM credit.audit_log WHERE detail = $1", marker);

        foreach (var statement in new[]
                 {
                     "UPDATE credit.audit_log SET detail = 'changed' WHERE id = $1",
                     "DELETE FROM credit.audit_log WHERE id = $1",
                 })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => App.ExecuteAsync(statement, rowId));
            Assert.Equal(InsufficientPrivilege, refused.SqlState);
        }

        var truncate = await Assert.ThrowsAsync<PostgresException>(() => App.ExecuteAsync("TRUNCATE credit.audit_log"));
        Assert.Equal(InsufficientPrivilege, truncate.SqlState);
        Assert.Equal(marker, await factory.Database.ScalarAsync<string>("SELECT detail FROM credit.audit_log WHERE id = $1", rowId));
    }

    [Fact]
    public async Task The_application_role_may_not_create_tables_in_the_schemas()
    {
        foreach (var schema in new[] { "credit", "hangfire" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() =>
                App.ExecuteAsync($"CREATE TABLE {schema}.it_not_allowed_{Unique.Digits(6)} (id int)"));
            Assert.Equal(InsufficientPrivilege, refused.SqlState);
        }
    }
}
