using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Dossier.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Models;

internal sealed record PortalSearchViewModel(string Query, IReadOnlyList<PublicOrganisation> Results, string? Message, bool MoreResults);

internal sealed record PublicDossierViewModel(PublicOrganisation Organisation, string DistrictName, IReadOnlyList<DossierTab> Tabs, DossierSection Current, PagedList<DossierEntry> Entries)
{
    public string SectionUrl(DossierSection section, int page = 1) =>
        $"/public/dossier/{Organisation.Uscc}?section={section}" + (page > 1 ? $"&page={page}" : "");
}
