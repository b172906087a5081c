using Huzhou.Credit.Contracts.Monitoring;

namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>A risk signal: the level (the highest effect of its lines) and the lines that explain it.</summary>
internal sealed record RiskAssessment(RiskLevel Level, IReadOnlyList<RiskLine> Lines);
