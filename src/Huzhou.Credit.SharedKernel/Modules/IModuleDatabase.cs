namespace Huzhou.Credit.SharedKernel.Modules;

/// <summary>A module's database: applied by <c>migrate</c> and at start in Development.</summary>
public interface IModuleDatabase
{
    string ModuleName { get; }

    /// <summary>Lower numbers migrate first (Identity before the modules that audit through it).</summary>
    int Order { get; }

    /// <summary>Applies the module's migrations through <paramref name="dataSource"/> (the owner role's connection, see docs/adr/0013).</summary>
    Task MigrateAsync(Npgsql.NpgsqlDataSource dataSource, CancellationToken cancellationToken);
}
