namespace Huzhou.Credit.SharedKernel.Persistence;

/// <summary>
/// Marks a module's squashed migration with the ids of the migrations it replaces. <c>migrate</c> rebaselines a database
/// that has exactly these migrations applied: their history rows are replaced by the squashed migration's, in one
/// transaction, and nothing else changes (the schema they built is the one the squashed migration builds). A database with
/// only some of them is refused: it has to be re-created (docs/operations.md, "Changing the database").
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ReplacesMigrationsAttribute(params string[] migrationIds) : Attribute
{
    /// <summary>The replaced migrations' ids, as their history rows hold them (e.g. <c>20261126203048_Initial</c>).</summary>
    public IReadOnlyList<string> MigrationIds { get; } = migrationIds;
}
