namespace Huzhou.Credit.Repair.Domain;

/// <summary>
/// A penalty kind whose publicity a department's records may not stop early (提前停止公示), kept as data by the city
/// credit office: SAMR Order 45 (市场监管总局令第45号) for the market-regulation departments, others as their rules say.
/// A record matches when it was provided by <see cref="DepartmentCode"/>, its rule version is <see cref="RuleVersion"/>
/// (null: every version) and its 处罚类别 contains <see cref="PenaltyKind"/> (empty: every record of the department).
/// </summary>
internal sealed class RepairExclusionRule
{
    public long Id { get; set; }

    /// <summary>The record's providing department (HZ-SJJ, WX-SJJ ...).</summary>
    public string DepartmentCode { get; set; } = "";

    /// <summary>The publicity rule version (2019, 2023, 2025), or null for every version.</summary>
    public string? RuleVersion { get; set; }

    /// <summary>Text contained in the record's 处罚类别 (吊销营业执照 ...); empty: every record of the department.</summary>
    public string PenaltyKind { get; set; } = "";

    /// <summary>The provision the exclusion rests on, cited in the refusal.</summary>
    public string Basis { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string ChangedBy { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Whether the rule is in force for a record of this department and rule version.</summary>
    public bool AppliesTo(string department, string? ruleVersion) =>
        IsActive && string.Equals(DepartmentCode, department, StringComparison.Ordinal) && (RuleVersion is null || string.Equals(RuleVersion, ruleVersion, StringComparison.Ordinal));
}
