using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>One measure that applies, with the facts behind it.</summary>
internal sealed record CheckHit(string RuleName, Measure Measure, IReadOnlyList<string> Facts);
