namespace Huzhou.Credit.Repair.Domain;

internal enum ObjectionStatus : short
{
    UnderReview = 1,
    Upheld = 2,
    Corrected = 3,
    Revoked = 4,
}
