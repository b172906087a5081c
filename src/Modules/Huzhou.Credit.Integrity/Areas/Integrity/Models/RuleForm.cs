using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Models;

/// <summary>A new point rule of a scheme.</summary>
internal sealed class RuleForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Category { get; set; }

    public int Points { get; set; }

    public PointRuleSource Source { get; set; } = PointRuleSource.Manual;

    public string? ItemCode { get; set; }

    public int? MaxTimesPerYear { get; set; }
}
