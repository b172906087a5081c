using Huzhou.Credit.Contracts.Subjects;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>The outcome of a portal or terminal search: the organisations found, a message for the visitor, whether more exist.</summary>
internal sealed record PortalSearchResult(string Query, IReadOnlyList<PublicOrganisation> Results, string? Message, bool MoreResults);
