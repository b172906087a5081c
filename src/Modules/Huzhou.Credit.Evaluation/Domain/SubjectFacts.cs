namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>
/// What the platform knows about one subject, as the indicators read it: record counts by age in whole years
/// (index 0 = within the last year), list entries in force and the newest provincial evaluation.
/// </summary>
internal sealed class SubjectFacts
{
    /// <summary>The longest look-back any model may ask for.</summary>
    public const int MaxYears = 10;

    /// <summary>Bad records that count (not repaired, not revoked) by penalty class (1 轻微, 2 一般 — also records without a class, 3 严重) and age.</summary>
    public int[][] Bad { get; } = [new int[MaxYears], new int[MaxYears], new int[MaxYears], new int[MaxYears]];

    public int[] Repaired { get; } = new int[MaxYears];

    public int[] Honours { get; } = new int[MaxYears];

    public int[] CommitmentsKept { get; } = new int[MaxYears];

    public int[] CommitmentsBreached { get; } = new int[MaxYears];

    public int BlackListEntries { get; set; }

    public int RedListEntries { get; set; }

    /// <summary>The newest provincial public credit evaluation score (0-1000), if any.</summary>
    public decimal? ProvincialScore { get; set; }

    /// <summary>Its batch (yyyyMM) and decision date, for the explanation and to keep the newest.</summary>
    public string? ProvincialBatch { get; set; }

    public string? ProvincialDate { get; set; }

    public static int ClassIndex(short? penaltyClass) => penaltyClass is 1 or 3 ? penaltyClass.Value : 2;
}
