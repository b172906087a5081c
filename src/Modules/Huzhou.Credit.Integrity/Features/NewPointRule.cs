using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>A new point rule of a scheme, as <see cref="SchemeSettings.AddRuleAsync"/> takes it.</summary>
internal sealed record NewPointRule(
    string? Code,
    string? Name,
    string? Category,
    int Points,
    PointRuleSource Source,
    string? ItemCode,
    int? MaxTimesPerYear);
