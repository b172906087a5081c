namespace Huzhou.Credit.Commitments.Features;

/// <summary>Counts for the statistics page: by type, by department, and the rates.</summary>
internal sealed record CommitmentTally(string Key, int Total, int InForce, int Overdue, int Fulfilled, int Breached, int Withdrawn)
{
    /// <summary>践诺率: kept of those verified either way.</summary>
    public decimal? FulfilmentRate => Fulfilled + Breached == 0 ? null : Math.Round(100m * Fulfilled / (Fulfilled + Breached), 1);
}
