namespace Huzhou.Credit.Integrity.Features;

/// <summary>A year's ranking as the scheme page shows it: the rows (of one group, when chosen) and every group of the year.</summary>
internal sealed record SchemeRanking(IReadOnlyList<RankRow> Rows, IReadOnlyList<string> Groups);
