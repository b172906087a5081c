using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.SharedKernel.Modules;

/// <summary>
/// The one public entry point of a module: the host lists the modules in its composition root and
/// asks each to register its services and recurring jobs. Everything else in a module stays internal.
/// </summary>
public interface ICreditModule
{
    /// <summary>Short module name, used as the log <c>Module</c> property and the job-name prefix.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Registers the module's recurring jobs, named <c>module:job-name</c>.</summary>
    void RegisterRecurringJobs(IRecurringJobManager jobs);

    /// <summary>
    /// Maps endpoints the module serves outside MVC (a hot API path as a minimal-API endpoint; see
    /// <see cref="LeanApiEndpoint"/>). Most modules have none: their controllers are found by MVC.
    /// </summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

/// <summary>
/// Endpoint metadata: a machine-to-machine API endpoint on a hot path, served by the lean branch of the pipeline —
/// no request localisation, static files or request logging of successful calls (failures are still logged), the
/// security headers set without a callback. Authentication, authorisation and rate limiting
/// apply as to every endpoint. Only endpoints with a literal route (no parameters) can be lean: the host decides
/// by path before routing.
/// </summary>
public sealed class LeanApiEndpoint
{
    public static LeanApiEndpoint Instance { get; } = new();

    private LeanApiEndpoint()
    {
    }
}

/// <summary>A module's database: applied by <c>migrate</c> and at start in Development.</summary>
public interface IModuleDatabase
{
    string ModuleName { get; }

    /// <summary>Lower numbers migrate first (Identity before the modules that audit through it).</summary>
    int Order { get; }

    /// <summary>Applies the module's migrations through <paramref name="dataSource"/> (the owner role's connection, see docs/adr/0013).</summary>
    Task MigrateAsync(Npgsql.NpgsqlDataSource dataSource, CancellationToken cancellationToken);
}

/// <summary>
/// A data step that <c>migrate</c> runs after every module's schema migrations, for changes a SQL migration cannot make
/// (e.g. encrypting with a key that lives in configuration, not in the database). Must be resumable (it may be stopped
/// at any point and started again) and idempotent (a second run changes nothing), and cheap once done.
/// </summary>
public interface IDataMigration
{
    /// <summary>A stable name, for the log and the migration's own progress row.</summary>
    string Name { get; }

    /// <summary>Runs (or resumes) the step; returns a line for the operator.</summary>
    Task<string> RunAsync(CancellationToken cancellationToken);
}

/// <summary>Seeds a module's part of the demo city. Must be idempotent.</summary>
public interface IDemoSeeder
{
    int Order { get; }

    /// <summary>Seeds and returns a few lines for the operator (what was added, demo sign-ins), or null.</summary>
    Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken);
}

/// <summary>How big a demo city to seed.</summary>
/// <param name="Organisations">Number of organisations (all four kinds).</param>
/// <param name="Persons">Number of natural persons.</param>
public sealed record DemoSeedOptions(int Organisations, int Persons)
{
    public static DemoSeedOptions Demo { get; } = new(2_000, 5_000);

    /// <summary>The full city of the source document: ~120,000 organisations and 2.24 million persons.</summary>
    public static DemoSeedOptions FullCity { get; } = new(120_000, 2_240_000);

    /// <summary>No demo data at all: <c>seed --scale none</c> (what docker-compose's <c>migrate</c> service does by default).</summary>
    public static DemoSeedOptions None { get; } = new(0, 0);

    /// <summary>True for <see cref="None"/>: no seeder runs (no demo accounts either).</summary>
    public bool IsNone => Organisations == 0 && Persons == 0;

    /// <summary>Parses <c>none</c>, <c>demo</c>, <c>full</c> or a total number of subjects.</summary>
    public static DemoSeedOptions Parse(string? scale)
    {
        if (scale is not null && scale.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        if (string.IsNullOrWhiteSpace(scale) || scale.Equals("demo", StringComparison.OrdinalIgnoreCase))
        {
            return Demo;
        }

        if (scale.Equals("full", StringComparison.OrdinalIgnoreCase))
        {
            return FullCity;
        }

        if (int.TryParse(scale, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var total) && total > 0)
        {
            // Keep the city's proportion: about one organisation for every nineteen persons.
            var organisations = Math.Max(1, total / 20);
            return new DemoSeedOptions(organisations, total - organisations);
        }

        throw new ArgumentException($"Unknown seed scale '{scale}': use none, demo, full or a number of subjects.", nameof(scale));
    }
}
