namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>
/// A threshold rule on an aggregate, written by the city credit office: a metric, its scope, a comparison, a threshold
/// and a severity. Evaluated nightly and after the events that touch its metric; a breach raises one alert per
/// (rule, scope value, month) to the credit office (and, when <see cref="NotifyConcerned"/>, to the department or
/// district office concerned).
/// </summary>
internal sealed class ThresholdRule
{
    /// <summary>A scope value that means "each one": every district, every department.</summary>
    public const string Each = "*";

    public long Id { get; set; }

    public string Name { get; set; } = "";

    public ThresholdMetric Metric { get; set; }

    /// <summary>
    /// Serious penalties: the district (330500 the whole city, <see cref="Each"/> every district). Grade share: an optional
    /// limit to one district (or <see cref="Each"/>); null = the whole city.
    /// </summary>
    public string? DistrictCode { get; set; }

    /// <summary>Grade share: the industry field.</summary>
    public string? FieldCode { get; set; }

    /// <summary>Grade share: the grade whose share is measured (D by default).</summary>
    public string? Grade { get; set; }

    /// <summary>Grade share: an optional limit to the subjects of one watch list.</summary>
    public long? WatchListId { get; set; }

    /// <summary>The rates: the department (or <see cref="Each"/>).</summary>
    public string? DepartmentCode { get; set; }

    /// <summary>The rates: the days before today the rate is measured over.</summary>
    public int WindowDays { get; set; } = 30;

    public ThresholdComparison Comparison { get; set; }

    /// <summary>A count for serious penalties, a percentage (0–100) for the others.</summary>
    public decimal Threshold { get; set; }

    /// <summary>The alerts it raises are serious (严重: escalated when left unacknowledged).</summary>
    public bool Serious { get; set; }

    /// <summary>Also tell the department (rates) or the district credit office (district scopes) concerned.</summary>
    public bool NotifyConcerned { get; set; }

    public bool Enabled { get; set; } = true;

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public DateTimeOffset? LastEvaluatedAt { get; set; }

    /// <summary>The last evaluation's value of the worst scope (the highest for 高于, the lowest for 低于); null when nothing to measure.</summary>
    public decimal? LastValue { get; set; }

    /// <summary>The last evaluation in words (the worst scope values), shown on the list.</summary>
    public string? LastSummary { get; set; }

    /// <summary>How many scope values were beyond the threshold at the last evaluation.</summary>
    public int LastBreaches { get; set; }

    /// <summary>Set by an event that touches the metric; the minute job evaluates the rule once and clears it (debounce).</summary>
    public DateTimeOffset? DirtySince { get; set; }
}
