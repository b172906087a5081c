namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>How long an item's records stay in public view.</summary>
public enum PublicityRuleKind
{
    /// <summary>A fixed number of months from the decision date (<see cref="CatalogueItemVersion.PublicityMonths"/>).</summary>
    FixedPeriod = 1,

    /// <summary>The penalty-class rule of domain.md §3: the class decides the period, by rule version.</summary>
    PenaltyClass = 2,

    /// <summary>Shown for as long as it is valid (basic and neutral information, certificates).</summary>
    Indefinite = 3,
}
