namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>A grade band: subjects scoring at least <see cref="MinScore"/> (and below the band above) get the grade; and how they are supervised.</summary>
internal sealed record GradeBand(string Grade, string Name, decimal MinScore, string InspectionFrequency, decimal SamplingRatioPercent);
