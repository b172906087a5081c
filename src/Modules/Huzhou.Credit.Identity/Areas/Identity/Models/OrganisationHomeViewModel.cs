using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

/// <summary>The organisation user's home: who is signed in and the modules' sections.</summary>
internal sealed record OrganisationHomeViewModel(ICurrentOrganisation Organisation, IReadOnlyList<OrganisationHomeSection> Sections);
