namespace Huzhou.Credit.Sanctions.Features;

/// <summary>The replay of a draft over recent checks.</summary>
internal sealed record ReplayResult(int Days, int Replayed, int Skipped, IReadOnlyList<ReplayChange> Changes);
