namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>An organisation named as a possible related party (registration data only).</summary>
/// <param name="SubjectId">Registry id.</param>
/// <param name="Name">Registered name.</param>
/// <param name="Uscc">Unified social credit code.</param>
/// <param name="StatusName">Registration status in Chinese (存续, 注销 …).</param>
public sealed record RelatedOrganisation(long SubjectId, string Name, string? Uscc, string StatusName);
