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
