using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

/// <summary>The threshold rules page: every rule with its last evaluation, and whether the user may change them.</summary>
internal sealed record ThresholdRulesViewModel(IReadOnlyList<ThresholdRule> Rules, bool MayManage);
