namespace Huzhou.Credit.Contracts.Collection;

/// <summary>What to deliver.</summary>
/// <param name="ItemCode">Catalogue item code (e.g. XYCN).</param>
/// <param name="DepartmentCode">The department the records are delivered for (the provider of record).</param>
/// <param name="Actor">Who caused the delivery (an account name), recorded on the batch and the record history.</param>
/// <param name="SourceName">A short description shown as the batch's file name (e.g. 信用承诺 XYCN-2026-000123).</param>
/// <param name="Rows">Rows as values by field label (the catalogue's Chinese labels) or key.</param>
public sealed record RecordDeliveryRequest(string ItemCode, string DepartmentCode, string Actor, string SourceName, IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows);
