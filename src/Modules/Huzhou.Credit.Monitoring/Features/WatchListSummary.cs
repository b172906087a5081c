using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A watch list with its counts, for the overview.</summary>
internal sealed record WatchListSummary(WatchList List, int Subjects, int Sets);
