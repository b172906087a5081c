using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;

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

    /// <summary>The form as <see cref="SchemeSettings"/> takes it.</summary>
    public NewPointRule ToNewRule() => new(Code, Name, Category, Points, Source, ItemCode, MaxTimesPerYear);
}
