using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>One check whose decision the draft would change.</summary>
internal sealed record ReplayChange(CheckRecord Check, CheckDecision Draft);
