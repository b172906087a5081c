namespace Huzhou.Credit.Evaluation.Features;

/// <summary>One line of a result's explanation.</summary>
internal sealed record ExplanationLine(string Indicator, string Kind, string Rule, string Fact, decimal Points);
