namespace Huzhou.Credit.Subjects.Domain;

/// <summary>Whether the credit office has checked a subject that arrived with a delivery.</summary>
internal enum VerificationStatus : short
{
    Verified = 1,
    Pending = 2,
}
