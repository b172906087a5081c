namespace Huzhou.Credit.Collection.Features;

/// <summary>One month of a department's scorecard trend.</summary>
internal sealed record MonthQuality(DateOnly Month, DepartmentQuality Quality);
