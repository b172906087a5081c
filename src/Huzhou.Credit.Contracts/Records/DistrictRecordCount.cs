namespace Huzhou.Credit.Contracts.Records;

/// <summary>A count of records in one district (the subject's district code, e.g. 330502).</summary>
/// <param name="DistrictCode">The subjects' district.</param>
/// <param name="Count">How many records.</param>
public sealed record DistrictRecordCount(string DistrictCode, long Count);
