namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>A line of the catalogue list.</summary>
/// <param name="ItemCode">Item code.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="CurrentVersion">The version new deliveries are validated against.</param>
/// <param name="Section">Dossier section.</param>
/// <param name="Nature">Nature.</param>
/// <param name="Disclosure">Disclosure.</param>
/// <param name="IsRetired">Whether retired.</param>
/// <param name="ExpectedDelivery">How often its providers must deliver it (应报送周期), or null when no period is set (not watched for overdue providers).</param>
public sealed record CatalogueItemSummary(string ItemCode, string Name, int CurrentVersion, DossierSection Section, InformationNature Nature, Disclosure Disclosure, bool IsRetired, DeliveryPeriod? ExpectedDelivery = null);
