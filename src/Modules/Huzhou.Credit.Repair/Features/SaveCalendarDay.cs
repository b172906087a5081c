using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Features;

/// <summary>Set a day of the working-day calendar (a holiday or a make-up working day with its name), or remove it.</summary>
internal sealed record SaveCalendarDay(DateOnly? Date, CalendarDayKind? Kind, string? Name, bool Remove);
