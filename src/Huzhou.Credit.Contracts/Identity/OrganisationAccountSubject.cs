namespace Huzhou.Credit.Contracts.Identity;

/// <summary>The subject an organisation account acts for.</summary>
/// <param name="SubjectId">The subject id.</param>
/// <param name="OrganisationName">The registered name.</param>
/// <param name="Uscc">The unified social credit code.</param>
/// <param name="DistrictCode">The registering district.</param>
public sealed record OrganisationAccountSubject(long SubjectId, string OrganisationName, string Uscc, string DistrictCode);
