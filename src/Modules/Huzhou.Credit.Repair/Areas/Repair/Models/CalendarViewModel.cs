using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record CalendarViewModel(int Year, IReadOnlyList<CalendarDay> Days, bool MayEdit);
