namespace Huzhou.Credit.Integrity.Features;

/// <summary>One member's line on a scheme's ranking for a year (rank 1 for the most points; equal points share a rank: 1, 2, 2, 4).</summary>
internal sealed record RankRow(int Rank, long MemberId, long SubjectId, string Name, string DisplayCode, string Group, int Points, int Events, string? Band, bool Left);
