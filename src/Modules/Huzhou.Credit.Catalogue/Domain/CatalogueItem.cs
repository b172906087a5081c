using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>A catalogue item (目录信息项): its stable code and which version is current. Retired, never deleted.</summary>
internal sealed class CatalogueItem
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    /// <summary>The current version's name, kept here for lists and uniqueness checks.</summary>
    public string Name { get; set; } = "";

    public int CurrentVersion { get; set; }

    public bool IsRetired { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public string? RetiredBy { get; set; }

    public string? RetiredReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>应报送周期: how many <see cref="ExpectedPeriodUnit"/>s may pass after a provider's last delivery; null = not watched.</summary>
    public int? ExpectedPeriodCount { get; set; }

    public DeliveryPeriodUnit? ExpectedPeriodUnit { get; set; }

    /// <summary>Who last set the period (the reference seed sets it only while nobody has).</summary>
    public string? ExpectedPeriodSetBy { get; set; }

    public DateTimeOffset? ExpectedPeriodSetAt { get; set; }

    /// <summary>The period as the contract carries it, or null.</summary>
    public DeliveryPeriod? ExpectedDelivery => ExpectedPeriodCount is { } count && ExpectedPeriodUnit is { } unit ? new DeliveryPeriod(count, unit) : null;
}
