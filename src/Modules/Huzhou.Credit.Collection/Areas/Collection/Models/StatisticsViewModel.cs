using Huzhou.Credit.Collection.Features;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

internal sealed record StatisticsViewModel(DateOnly From, DateOnly To, IReadOnlyList<DepartmentQuality> Rows, IReadOnlyDictionary<string, string> DepartmentNames, int TimelinessWorkingDays);
