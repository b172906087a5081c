namespace Huzhou.Credit.SharedKernel.Modules;

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
