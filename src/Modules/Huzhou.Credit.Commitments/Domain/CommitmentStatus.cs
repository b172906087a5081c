namespace Huzhou.Credit.Commitments.Domain;

/// <summary>履约状态 (the XYCN codes 1-4).</summary>
internal enum CommitmentStatus : short
{
    InForce = 1,
    Fulfilled = 2,
    Breached = 3,
    Withdrawn = 4,
}
