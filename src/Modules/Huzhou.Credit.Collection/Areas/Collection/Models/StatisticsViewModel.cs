using Huzhou.Credit.Collection.Features;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

/// <summary>Rows: The departments ranked, best first. OverdueCount: Providers of the visible departments overdue today (逾期未报送).</summary>
internal sealed record StatisticsViewModel(DateOnly From, DateOnly To, IReadOnlyList<DepartmentQuality> Rows, IReadOnlyDictionary<string, string> DepartmentNames, int TimelinessWorkingDays, int OverdueCount);
