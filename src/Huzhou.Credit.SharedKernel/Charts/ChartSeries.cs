namespace Huzhou.Credit.SharedKernel.Charts;

/// <summary>One named series of a chart: a value per category of its <see cref="ChartSpec"/>; null is a gap (no data).</summary>
/// <param name="Name">Shown in the legend and the tooltip (Chinese).</param>
/// <param name="Values">One value per category, in the categories' order.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
