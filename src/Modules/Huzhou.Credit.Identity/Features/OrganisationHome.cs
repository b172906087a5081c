using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// The organisation user's home page (企业服务首页): the sections every module with something to show supplies through
/// <see cref="IOrganisationHomeProvider"/> — grades, penalties in publicity with their dates, commitments due, notices —
/// for the signed-in account's own subject only.
/// </summary>
internal sealed class OrganisationHome(IEnumerable<IOrganisationHomeProvider> providers)
{
    public async Task<IReadOnlyList<OrganisationHomeSection>> SectionsAsync(ICurrentOrganisation organisation, CancellationToken cancellationToken)
    {
        if (organisation.SubjectId is not { } subjectId)
        {
            return [];
        }

        // One after the other: providers share the request's scoped database contexts.
        var sections = new List<OrganisationHomeSection>();
        foreach (var provider in providers)
        {
            sections.AddRange(await provider.SectionsAsync(subjectId, cancellationToken));
        }

        return [.. sections.OrderBy(s => s.Order).ThenBy(s => s.Key, StringComparer.Ordinal)];
    }
}
