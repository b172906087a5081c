using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The check path's own connection pool: the same database as the platform's shared data source, with Npgsql
/// multiplexing — the credit-status lookups and the check-log batches of concurrent checks are written to a few
/// physical connections back to back instead of each waiting on a connection of its own, so the application and
/// PostgreSQL make far fewer socket calls and context switches per check (issue #5 §5). Only statements that
/// need no connection state go through it (single statements, no transaction). Turned off with
/// <c>Sanctions:CheckPathMultiplexing=false</c> (then it is an ordinary pool).
/// </summary>
internal sealed class CheckPathDatabase : IAsyncDisposable
{
    public CheckPathDatabase(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ModuleDbContextOptions.ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Credit is not configured (set ConnectionStrings__Credit).");
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        // As the shared data source: the check path's few statements prepared once per physical connection.
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            settings.MaxAutoPrepare = 64;
            settings.AutoPrepareMinUsages = 3;
        }

        settings.Multiplexing = configuration.GetValue("Sanctions:CheckPathMultiplexing", true);
        if (!settings.Multiplexing && !connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            settings.NoResetOnClose = true;
        }

        // Generic plans for the check path's statements from their first execution: PostgreSQL would otherwise
        // re-plan the check-log insert (a CTE over unnest) on every batch, since a custom plan for the exact batch
        // size always looks cheaper than the generic one. Both the lookup by key and the insert have one good plan.
        if (!connectionString.Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase))
        {
            settings.Options = string.IsNullOrWhiteSpace(settings.Options)
                ? "-c plan_cache_mode=force_generic_plan"
                : settings.Options + " -c plan_cache_mode=force_generic_plan";
        }

        settings.ApplicationName ??= "huzhou-credit-checks";
        Source = builder.Build();
    }

    public NpgsqlDataSource Source { get; }

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
