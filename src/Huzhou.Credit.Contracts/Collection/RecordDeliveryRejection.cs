namespace Huzhou.Credit.Contracts.Collection;

/// <summary>A rejected row.</summary>
/// <param name="RowNumber">1-based position in <see cref="RecordDeliveryRequest.Rows"/>.</param>
/// <param name="FieldLabel">The field at fault, when one is.</param>
/// <param name="Reason">The reason in Chinese.</param>
public sealed record RecordDeliveryRejection(int RowNumber, string? FieldLabel, string Reason);
