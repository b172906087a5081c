using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

internal sealed record WatchListsViewModel(IReadOnlyList<WatchListSummary> Lists);
