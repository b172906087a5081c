namespace Huzhou.Credit.Contracts.Monitoring;

/// <summary>
/// Organisations' risk signal levels for staff pages (the badge in the registry's search results and on the staff
/// dossier). Implemented by the Monitoring module: a few set-based contract calls for the whole set, never one per
/// subject.
/// </summary>
public interface IRiskLevels
{
    /// <summary>
    /// The levels of the organisations among <paramref name="subjectIds"/> that the signed-in staff member may open the
    /// risk page of (within his districts; every district for city-level staff). Natural persons, unknown ids and
    /// organisations of other districts are absent. Meant for a page of results (at most a few hundred ids).
    /// </summary>
    Task<IReadOnlyDictionary<long, RiskLevel>> LevelsAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default);
}
