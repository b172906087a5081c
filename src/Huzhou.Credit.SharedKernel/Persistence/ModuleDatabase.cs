using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Persistence;

/// <summary>Applies one module's EF Core migrations.</summary>
public sealed class ModuleDatabase<TContext>(IServiceScopeFactory scopes, string moduleName, int order) : IModuleDatabase
    where TContext : DbContext
{
    public string ModuleName => moduleName;

    public int Order => order;

    public async Task MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        // The context is built on the given data source, not the application's: migrations run as the owner role
        // while the running application connects as a role that may only read and write rows (docs/adr/0013).
        var options = new DbContextOptionsBuilder<TContext>();
        ModuleDbContextOptions.Configure(options, dataSource, moduleName);
        await using var scope = scopes.CreateAsyncScope();
        await using var db = ActivatorUtilities.CreateInstance<TContext>(scope.ServiceProvider, options.Options);
        // Bulk SQL in migrations (indexes over millions of rows) may run long.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        // Creating the history table first keeps EF from logging a failed SELECT on a fresh database.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await RebaselineAsync(db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<ModuleDatabase<TContext>>(), cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// A database migrated before the module's migrations were squashed holds the replaced migrations' ids
    /// (<see cref="ReplacesMigrationsAttribute"/>): when it holds exactly those (and perhaps migrations added after the
    /// squashed one), they are replaced by the squashed
    /// migration's id in one transaction, so EF sees it applied and changes nothing. Only some of them (or more) means a
    /// schema the squashed migration does not describe: refused.
    /// </summary>
    private async Task RebaselineAsync(TContext db, ILogger log, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken))
            .Select(row => row.MigrationId).ToHashSet(StringComparer.Ordinal);
        var migrations = db.GetService<IMigrationsAssembly>().Migrations;
        foreach (var (squashedId, type) in migrations)
        {
            if (type.GetCustomAttributes(typeof(ReplacesMigrationsAttribute), inherit: false).SingleOrDefault()
                    is not ReplacesMigrationsAttribute replaces || !replaces.MigrationIds.Any(applied.Contains))
            {
                continue;
            }

            // Migrations added on top of the squashed one may be there too (they are known to this build, and EF skips them).
            var later = migrations.Keys.Where(id => string.CompareOrdinal(id, squashedId) > 0).ToHashSet(StringComparer.Ordinal);
            var missing = replaces.MigrationIds.Where(id => !applied.Contains(id)).ToList();
            var unknown = applied.Where(id => !replaces.MigrationIds.Contains(id) && !later.Contains(id)).ToList();
            if (missing.Count > 0 || unknown.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The {moduleName} migrations of this database were squashed into {squashedId}, but its history table " +
                    $"(credit.__ef_migrations_{moduleName.ToLowerInvariant()}) holds only some of the migrations it replaces " +
                    $"(missing: {string.Join(", ", missing.DefaultIfEmpty("none"))}; not replaced: {string.Join(", ", unknown.DefaultIfEmpty("none"))}). " +
                    "Only a database with all of them applied can be rebaselined: re-create this database (drop it, then run migrate).");
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var id in replaces.MigrationIds)
                {
                    await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), cancellationToken);
                }

                await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(squashedId, ProductInfo.GetVersion())), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            log.LogInformation(
                "Rebaselined {Module}: the {Count} migrations squashed into {Migration} were all applied; the history table now holds that one instead",
                moduleName, replaces.MigrationIds.Count, squashedId);
            return;
        }
    }
}
