using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Collection;

/// <summary>
/// A batch completed and the statistics row of its day, department and item was recomputed (the live 上报率 / 合规率 /
/// 及时率 changed). Written by the Collection module through the outbox in the transaction that completes the batch.
/// </summary>
/// <param name="DepartmentCode">The delivering department.</param>
/// <param name="ItemCode">The catalogue item.</param>
/// <param name="Day">The Shanghai day the batch counts under.</param>
public sealed record DeliveryStatisticsChanged(string DepartmentCode, string ItemCode, DateOnly Day) : IIntegrationEvent
{
    /// <inheritdoc />
    public static string EventType => "collection.delivery-statistics-changed";
}
