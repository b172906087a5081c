namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>How a measured value crosses a rule's threshold (stored as smallint).</summary>
internal enum ThresholdComparison : short
{
    /// <summary>高于: the value is strictly greater than the threshold.</summary>
    Above = 1,

    /// <summary>低于: the value is strictly less than the threshold.</summary>
    Below = 2,
}
