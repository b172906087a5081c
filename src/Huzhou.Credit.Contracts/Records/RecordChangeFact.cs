using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>One change to one bad record, as <see cref="ICreditRecordChanges"/> reports it.</summary>
/// <param name="SubjectId">The subject the record is about.</param>
/// <param name="RecordId">The record's id (with the subject, the key of its staff page).</param>
/// <param name="ItemName">The catalogue item's name (行政处罚 ...).</param>
/// <param name="Reference">The department's identifier of the record (the decision document number).</param>
/// <param name="PenaltyClass">The penalty class; null when the item has none.</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When it happened (written, or publicity ended).</param>
/// <param name="ProviderDepartment">The department that delivered it.</param>
public sealed record RecordChangeFact(long SubjectId, long RecordId, string ItemName, string Reference, PenaltyClass? PenaltyClass, RecordChangeKind Kind, DateTimeOffset At, string ProviderDepartment);
