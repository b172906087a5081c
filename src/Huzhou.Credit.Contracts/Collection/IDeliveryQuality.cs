namespace Huzhou.Credit.Contracts.Collection;

/// <summary>
/// The departments' collection quality (上报率 / 合规率 / 及时率) over a period, from the live per-day statistics table
/// (<c>collection_daily_statistics</c>, written when a batch completes) — the figures of the statistics page and the
/// scorecards. Implemented by the Collection module.
/// </summary>
public interface IDeliveryQuality
{
    /// <summary>Every department that delivered in the period or is named as a provider of a current item, with its counts from <paramref name="from"/> to <paramref name="to"/> (Shanghai days, inclusive).</summary>
    Task<IReadOnlyList<DeliveryQualityFigures>> QualityAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
