using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Contracts.Monitoring;

/// <summary>
/// The risk alerts (风险提示) the credit office has published and not withdrawn, for the public site (issue #29).
/// Implemented by the Monitoring module; a withdrawn alert disappears from both reads at once.
/// </summary>
public interface IPublishedRiskAlerts
{
    /// <summary>Published alerts, newest first, one page (page from 1; page size 1–100).</summary>
    Task<PagedList<PublishedRiskAlert>> LatestAsync(int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The published alerts about one organisation, newest first (empty for a person or an unknown id).</summary>
    Task<IReadOnlyList<PublishedRiskAlert>> ForOrganisationAsync(long subjectId, CancellationToken cancellationToken = default);
}
