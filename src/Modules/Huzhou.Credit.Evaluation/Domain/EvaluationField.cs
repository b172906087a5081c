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
