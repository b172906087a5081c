using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>One check whose decision the draft would change, with the subject's and the matter's names.</summary>
internal sealed record ReplayChange(CheckRecord Check, CheckDecision Draft, string SubjectName, string MatterName);
