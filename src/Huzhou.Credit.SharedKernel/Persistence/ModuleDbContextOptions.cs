using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Persistence;

/// <summary>
/// One place that configures every module's DbContext the same way: schema <c>credit</c>,
/// snake_case names and a migrations history table of the module's own.
/// </summary>
public static class ModuleDbContextOptions
{
    public const string Schema = "credit";

    public const string ConnectionStringName = "Credit";

    public static void Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string moduleName) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql
                .MigrationsHistoryTable($"__ef_migrations_{moduleName.ToLowerInvariant()}", Schema))
            .UseSnakeCaseNamingConvention()
            // Capped counts (Take(n).Count()) need no order; the warning would fire on every search.
            .ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    /// <summary>Design-time options for <c>dotnet ef</c> (no database is contacted).</summary>
    public static DbContextOptions<TContext> DesignTime<TContext>(string moduleName)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        builder
            .UseNpgsql("Host=localhost;Database=design_time", npgsql => npgsql
                .MigrationsHistoryTable($"__ef_migrations_{moduleName.ToLowerInvariant()}", Schema))
            .UseSnakeCaseNamingConvention();
        return builder.Options;
    }
}
