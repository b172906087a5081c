using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>What the rule form offers: districts, departments, industry fields with their grades, the user's watch lists.</summary>
internal sealed record ThresholdRuleChoices(
    IReadOnlyList<DistrictInfo> Districts,
    IReadOnlyList<DepartmentInfo> Departments,
    IReadOnlyList<EvaluationFieldInfo> Fields,
    IReadOnlyList<WatchList> WatchLists);
