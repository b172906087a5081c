using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Contracts.Dossier;

/// <summary>
/// 双公示 query: the public administrative licences and penalties of a set of subjects (found by name or code first),
/// optionally of one department and a decision-date range, newest first. The same visibility as the public dossier.
/// </summary>
public interface IDoublePublicity
{
    /// <param name="subjectIds">The subjects searched (at most a few hundred).</param>
    /// <param name="section">行政许可 or 行政处罚.</param>
    /// <param name="departmentCode">Only records this department delivered, or null.</param>
    /// <param name="from">Decision date from (inclusive), or null.</param>
    /// <param name="to">Decision date to (inclusive), or null.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Entries per page.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<PagedList<PublicityEntry>> ListAsync(
        IReadOnlyCollection<long> subjectIds,
        DossierSection section,
        string? departmentCode,
        DateOnly? from,
        DateOnly? to,
        int page,
        int pageSize,
        CancellationToken cancellationToken = default);
}
