namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// The append-only audit log (who, when, what, which subject, why). Every look at a person's data and
/// every change that matters is written through this one service; rows are never updated or deleted.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Writes an entry for the current user (or the system when none is signed in). When the caller has
    /// an open transaction on the same connection, pass nothing: the entry is written on its own
    /// connection and committed at once, so a look at personal data is recorded even if the page fails.
    /// </summary>
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}

/// <summary>One audited action.</summary>
/// <param name="Action">A stable dotted name, e.g. <c>subjects.person.view</c>.</param>
/// <param name="Module">The module that performed it.</param>
/// <param name="SubjectId">The subject concerned, when there is one.</param>
/// <param name="Purpose">Why the user did it (the purpose they gave), when asked.</param>
/// <param name="Detail">A short description without personal data (never an ID number).</param>
public sealed record AuditEntry(string Action, string Module, long? SubjectId = null, string? Purpose = null, string? Detail = null);
