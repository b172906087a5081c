namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>One subject's score under one model version: points and the fact behind them per indicator, in the model's order.</summary>
/// <param name="Score">The total, within 0 and the model's scale.</param>
/// <param name="Grade">The grade code of the band it falls in.</param>
/// <param name="Points">Points per indicator (rounded to 0.01); they add up to the score together with <paramref name="Adjustment"/>.</param>
/// <param name="Facts">The fact each indicator read: a count (decayed for bad records), the provincial score, or -1 when absent.</param>
/// <param name="Counts">Raw numbers of records or entries per indicator.</param>
/// <param name="Adjustment">What keeping the total within 0 .. scale added or took away (0 almost always).</param>
internal sealed record SubjectScore(decimal Score, string Grade, decimal[] Points, decimal[] Facts, int[] Counts, decimal Adjustment);
