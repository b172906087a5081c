namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>A subject as other modules refer to it.</summary>
/// <param name="SubjectId">Registry id.</param>
/// <param name="IsPerson">A natural person.</param>
/// <param name="Name">Name.</param>
/// <param name="DisplayCode">The credit code, or for a person the masked ID number (330502********1234).</param>
/// <param name="DistrictCode">District.</param>
/// <param name="PendingVerification">Created from a delivery and not yet verified.</param>
public sealed record ResolvedSubject(long SubjectId, bool IsPerson, string Name, string DisplayCode, string DistrictCode, bool PendingVerification);
