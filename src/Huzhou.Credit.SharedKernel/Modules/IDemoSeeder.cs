namespace Huzhou.Credit.SharedKernel.Modules;

/// <summary>Seeds a module's part of the demo city. Must be idempotent.</summary>
public interface IDemoSeeder
{
    int Order { get; }

    /// <summary>Seeds and returns a few lines for the operator (what was added, demo sign-ins), or null.</summary>
    Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken);
}
