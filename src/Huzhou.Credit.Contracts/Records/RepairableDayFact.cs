using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>A bad record whose minimum publicity period ended (from that day on the subject may apply for credit repair).</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="RecordId">The record.</param>
/// <param name="ItemName">The catalogue item's name.</param>
/// <param name="Reference">The decision document number (文书号).</param>
/// <param name="PenaltyClass">The penalty class, null when the item has none.</param>
/// <param name="MinimumEnd">The day the minimum publicity period ended: the first day a repair may be applied for.</param>
public sealed record RepairableDayFact(long SubjectId, long RecordId, string ItemName, string Reference, PenaltyClass? PenaltyClass, DateOnly MinimumEnd);
