namespace Huzhou.Credit.Contracts.Records;

/// <summary>A record of one item with its raw values.</summary>
/// <param name="SubjectId">Subject.</param>
/// <param name="RecordId">Record id.</param>
/// <param name="SourceKey">The department's identifier of the record (for commitments, the 承诺书编号).</param>
/// <param name="DecisionDate">Decision date.</param>
/// <param name="Status">The record's status.</param>
/// <param name="ProviderDepartment">Delivering department code.</param>
/// <param name="PublicityEnd">End of publicity (null: indefinite).</param>
/// <param name="Values">Raw values by field label (empty values absent).</param>
public sealed record ItemRecord(long SubjectId, long RecordId, string SourceKey, DateOnly DecisionDate, CreditRecordStatus Status, string ProviderDepartment, DateOnly? PublicityEnd, IReadOnlyDictionary<string, string> Values);
