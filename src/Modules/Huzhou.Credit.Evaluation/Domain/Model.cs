namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>
/// An industry field (评价领域) the city grades, e.g. 建筑业: which organisations belong to it — their GB/T 4754
/// section, and when the field is narrower than its section, a word in the registered name (餐饮 within 住宿和餐饮业) —
/// and the department that supervises it. Fields are data the credit office adds; a field is retired, never deleted.
/// </summary>
internal sealed class EvaluationField
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The supervising department's code (e.g. HZ-JSJ).</summary>
    public string DepartmentCode { get; set; } = "";

    public string DepartmentName { get; set; } = "";

    /// <summary>GB/T 4754 section letters.</summary>
    public string[] IndustrySections { get; set; } = [];

    /// <summary>Words of which the registered name must contain one; empty: the whole sections.</summary>
    public string[] NameKeywords { get; set; } = [];

    public string Description { get; set; } = "";

    public bool Retired { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>Whether an organisation belongs to the field.</summary>
    public bool Includes(string? industryCode, string name) =>
        industryCode is not null && Array.IndexOf(IndustrySections, industryCode) >= 0
        && (NameKeywords.Length == 0 || NameKeywords.Any(k => name.Contains(k, StringComparison.Ordinal)));
}

/// <summary>One version of a field's grading model; published versions are immutable and the newest published one is in use.</summary>
internal sealed class ModelVersion
{
    public long Id { get; set; }

    public string FieldCode { get; set; } = "";

    public int Version { get; set; }

    public ModelStatus Status { get; set; }

    /// <summary>The <see cref="ModelDefinition"/> as JSON.</summary>
    public string Definition { get; set; } = "";

    public string Note { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }
}

internal enum ModelStatus : short
{
    Draft = 1,
    Published = 2,
    Superseded = 3,
}

internal static class ModelStatuses
{
    public static string DisplayName(ModelStatus status) => status switch
    {
        ModelStatus.Draft => "草稿",
        ModelStatus.Published => "使用中",
        ModelStatus.Superseded => "已停用",
        _ => status.ToString(),
    };
}

/// <summary>What an indicator counts.</summary>
internal enum IndicatorKind : short
{
    /// <summary>A fixed number of points every subject starts from.</summary>
    Base = 1,

    /// <summary>The provincial public credit evaluation (0-1000) times the weight; a default when the subject has none.</summary>
    ProvincialScore = 2,

    /// <summary>Bad records of one penalty class within N years, each weighted by the yearly decay.</summary>
    BadRecords = 3,

    /// <summary>Entries in force on black lists (or red lists).</summary>
    ListsInForce = 4,

    /// <summary>Commitments verified as kept (已践诺) within N years.</summary>
    CommitmentsKept = 5,

    /// <summary>Commitments breached (违诺) within N years.</summary>
    CommitmentsBreached = 6,

    /// <summary>Honours (表彰荣誉) within N years.</summary>
    Honours = 7,

    /// <summary>Bad records repaired (信用修复) within N years.</summary>
    Repairs = 8,
}

/// <summary>
/// One indicator of a model. <see cref="Points"/> is the weight: points per record or entry (negative for what
/// lowers the score), or for <see cref="IndicatorKind.ProvincialScore"/> points per provincial point; <see cref="Cap"/>
/// limits the indicator's points either way.
/// </summary>
internal sealed record Indicator(
    IndicatorKind Kind,
    string Name,
    decimal Points,
    decimal? Cap = null,
    int? Years = null,
    decimal? Decay = null,
    short? PenaltyClass = null,
    bool? Black = null,
    decimal? DefaultPoints = null);

/// <summary>A grade band: subjects scoring at least <see cref="MinScore"/> (and below the band above) get the grade; and how they are supervised.</summary>
internal sealed record GradeBand(string Grade, string Name, decimal MinScore, string InspectionFrequency, decimal SamplingRatioPercent);

/// <summary>A grading model: indicators, the scale the score is kept within, and grade bands from best to worst.</summary>
internal sealed record ModelDefinition(decimal Scale, IReadOnlyList<Indicator> Indicators, IReadOnlyList<GradeBand> Bands)
{
    /// <summary>The longest look-back of any indicator (record counts are gathered that far).</summary>
    public int LongestYears => Indicators.Select(i => i.Years ?? 0).DefaultIfEmpty(0).Max();

    public GradeBand BandOf(decimal score) =>
        Bands.OrderByDescending(b => b.MinScore).FirstOrDefault(b => score >= b.MinScore) ?? Bands.OrderBy(b => b.MinScore).First();
}
