using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
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
        await db.Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>Registers a module's DbContext the one way every module does it, and its database for <c>migrate</c>.</summary>
public static class ModuleDatabaseRegistration
{
    /// <param name="services">The service collection.</param>
    /// <param name="moduleName">The module name (also names the migrations history table).</param>
    /// <param name="order">Migration order: lower first.</param>
    public static IServiceCollection AddModuleDatabase<TContext>(this IServiceCollection services, string moduleName, int order)
        where TContext : DbContext
    {
        // The options depend only on singletons (the shared data source): built once, not for every request's scope.
        services.AddDbContext<TContext>(
            (sp, options) => ModuleDbContextOptions.Configure(options, sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), moduleName),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton<IModuleDatabase>(sp =>
            new ModuleDatabase<TContext>(sp.GetRequiredService<IServiceScopeFactory>(), moduleName, order));
        return services;
    }
}
