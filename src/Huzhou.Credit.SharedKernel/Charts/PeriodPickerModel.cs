namespace Huzhou.Credit.SharedKernel.Charts;

/// <summary>What the period picker's view shows.</summary>
/// <param name="Period">The period in force (and its error, if the asked one was refused).</param>
/// <param name="Presets">The preset links: name, address, whether it is the period shown.</param>
/// <param name="Keep">The page's other query values, carried as hidden fields.</param>
public sealed record PeriodPickerModel(ReportPeriod Period, IReadOnlyList<(string Name, string Link, bool Current)> Presets, IReadOnlyList<KeyValuePair<string, string>> Keep);
