namespace Huzhou.Credit.Monitoring.Features;

/// <summary>One scope value of a rule measured: the value (null when there is nothing to measure), the part and the whole it is made of, and whether it is beyond the threshold.</summary>
internal sealed record ThresholdMeasure(string Scope, string Label, string DistrictCode, decimal? Value, long Part, long Whole, bool Breached);
