namespace Huzhou.Credit.Repair.Domain;

/// <summary>A day that departs from the Monday-to-Friday week: a public holiday, or a weekend day worked instead (调休).</summary>
internal sealed class CalendarDay
{
    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    /// <summary>e.g. 春节, 春节调休上班.</summary>
    public string Name { get; set; } = "";

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
