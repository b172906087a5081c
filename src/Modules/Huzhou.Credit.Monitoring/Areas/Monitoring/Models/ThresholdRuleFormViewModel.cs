using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

/// <summary>The rule form: a new rule (no id) or an existing one, with what the selects offer.</summary>
internal sealed record ThresholdRuleFormViewModel(long? Id, ThresholdRuleInput Input, ThresholdRuleChoices Choices);
