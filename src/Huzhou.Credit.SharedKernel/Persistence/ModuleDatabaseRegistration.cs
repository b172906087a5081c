using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.SharedKernel.Persistence;

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
