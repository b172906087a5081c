namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// Supplies sections of the organisation user's home page (<c>/org</c>, 企业服务首页). The module that owns the data
/// implements it (grades, penalties in publicity, commitments due, notices); the Identity module, which owns the page,
/// asks every registered provider and shows their sections in <see cref="OrganisationHomeSection.Order"/>.
/// </summary>
public interface IOrganisationHomeProvider
{
    /// <summary>
    /// The provider's sections for the organisation <paramref name="subjectId"/> — always the signed-in account's own
    /// subject, taken from <see cref="ICurrentOrganisation.SubjectId"/>; a provider shows nothing of any other subject.
    /// </summary>
    Task<IReadOnlyList<OrganisationHomeSection>> SectionsAsync(long subjectId, CancellationToken cancellationToken = default);
}
