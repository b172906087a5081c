namespace Huzhou.Credit.SharedKernel.Charts;

/// <summary>A named period of the period picker (本月, 本季度, 本年, 近12个月).</summary>
/// <param name="Name">The button's text.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (today).</param>
public sealed record ReportPeriodPreset(string Name, DateOnly From, DateOnly To);
