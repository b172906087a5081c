using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Contracts.Dossier;

/// <summary>
/// Supplies sections of the 1+9+X dossier. The module that owns the data implements it (records, lists, commitments,
/// evaluations, …); the Dossier module asks every registered provider.
/// </summary>
public interface IDossierSectionProvider
{
    /// <summary>The sections this provider fills for the subject, with their entry counts for the audience.</summary>
    Task<IReadOnlyDictionary<DossierSection, long>> CountAsync(long subjectId, DossierAudience audience, CancellationToken cancellationToken = default);

    /// <summary>One page of a section, newest first.</summary>
    Task<PagedList<DossierEntry>> ListAsync(long subjectId, DossierSection section, DossierAudience audience, int page, int pageSize, CancellationToken cancellationToken = default);
}
