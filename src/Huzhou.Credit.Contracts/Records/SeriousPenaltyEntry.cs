namespace Huzhou.Credit.Contracts.Records;

/// <summary>One serious penalty record (no names: the record's staff page shows the subject with its own access rules).</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="RecordId">The record (its staff page is <c>/subjects/{SubjectId}/records/{RecordId}</c>).</param>
/// <param name="DistrictCode">The subject's district.</param>
/// <param name="ItemCode">Catalogue item.</param>
/// <param name="ProviderDepartment">The department that delivered it.</param>
/// <param name="SourceKey">The department's identifier (e.g. 处罚决定书文号).</param>
/// <param name="DecisionDate">The decision date.</param>
public sealed record SeriousPenaltyEntry(long SubjectId, long RecordId, string DistrictCode, string ItemCode, string ProviderDepartment, string SourceKey, DateOnly DecisionDate);
