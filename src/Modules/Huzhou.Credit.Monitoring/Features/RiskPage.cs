using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The staff risk page of one organisation.</summary>
/// <param name="Organisation">Its registration facts.</param>
/// <param name="Assessment">The level and the lines.</param>
/// <param name="Related">Possible related parties (可能关联, same district and legal representative's name), or null when none.</param>
/// <param name="RelatedLevels">Their own risk levels.</param>
/// <param name="Alerts">The risk alerts published about it, withdrawn ones included, newest first.</param>
/// <param name="MayPublish">The signed-in user may publish and withdraw risk alerts (the city credit office).</param>
/// <param name="AsOf">The day the rule was applied.</param>
internal sealed record RiskPage(
    OrganisationProfile Organisation,
    RiskAssessment Assessment,
    SameRepresentativeGroup? Related,
    IReadOnlyDictionary<long, RiskLevel> RelatedLevels,
    IReadOnlyList<RiskAlert> Alerts,
    bool MayPublish,
    DateOnly AsOf);
