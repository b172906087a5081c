namespace Huzhou.Credit.Integrity.Domain;

/// <summary>A computed score with its explanation; the lines sum to the score before the 0–1000 clamp (<see cref="Adjustment"/>).</summary>
internal sealed record PersonalScoreResult(int Score, int Level, int ModelVersion, IReadOnlyList<ScoreLine> Lines, decimal Adjustment);
