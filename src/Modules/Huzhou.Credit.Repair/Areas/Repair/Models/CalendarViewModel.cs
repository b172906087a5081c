using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

/// <summary>The calendar page: one year's exceptions, whether the user may change them, and the year whose holidays are overdue (from November), if any.</summary>
internal sealed record CalendarViewModel(int Year, IReadOnlyList<CalendarDay> Days, bool MayEdit, int? MissingYear);
