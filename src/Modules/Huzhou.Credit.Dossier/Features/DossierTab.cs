using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>One tab of the dossier with its count.</summary>
internal sealed record DossierTab(DossierSection Section, string Name, long Count);
