namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>A grading model: indicators, the scale the score is kept within, and grade bands from best to worst.</summary>
internal sealed record ModelDefinition(decimal Scale, IReadOnlyList<Indicator> Indicators, IReadOnlyList<GradeBand> Bands)
{
    /// <summary>The longest look-back of any indicator (record counts are gathered that far).</summary>
    public int LongestYears => Indicators.Select(i => i.Years ?? 0).DefaultIfEmpty(0).Max();

    public GradeBand BandOf(decimal score) =>
        Bands.OrderByDescending(b => b.MinScore).FirstOrDefault(b => score >= b.MinScore) ?? Bands.OrderBy(b => b.MinScore).First();
}
