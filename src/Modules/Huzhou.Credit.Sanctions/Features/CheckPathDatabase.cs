using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The check path's own connection pool: the same database as the platform's shared data source, its few statements
/// prepared once per physical connection and planned generically. The check path already writes few statements for
/// many checks — the credit-status lookups of concurrent checks go out together (<see cref="CreditStatusLookups"/>),
/// and so do their log rows (<see cref="CheckLog"/>'s group commit) — so each statement takes a connection of its
/// own. Npgsql's multiplexing (statements of concurrent callers written back to back on shared connections) was used
/// before the lookups were grouped; now it has little left to pipeline, and on a shared connection a lookup could wait
/// behind a log batch waiting for its commit's WAL flush (measured, the difference is within the bench host's noise:
/// docs/benchmarks.md, sixth pass). It can be turned back on with <c>Sanctions:CheckPathMultiplexing=true</c>.
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

        settings.Multiplexing = configuration.GetValue("Sanctions:CheckPathMultiplexing", false);
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
