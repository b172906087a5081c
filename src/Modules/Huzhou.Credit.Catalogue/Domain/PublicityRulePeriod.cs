using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>The periods of one class (optionally one sector) under a rule version.</summary>
internal sealed class PublicityRulePeriod
{
    public long Id { get; set; }

    public string RuleCode { get; set; } = "";

    public PenaltyClass Class { get; set; }

    /// <summary>A department code whose sector the row applies to (matched on the part after the district prefix); null = any.</summary>
    public string? Sector { get; set; }

    public bool Published { get; set; } = true;

    /// <summary>Minimum months before a repair may end publicity; null = repairable once the obligation is met.</summary>
    public int? MinMonths { get; set; }

    /// <summary>Maximum months of publicity; null with <see cref="Published"/> false means not published.</summary>
    public int? MaxMonths { get; set; }
}
