namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// What the proposal form starts with when opened from the subject page or from a record: the subject (by id, with its
/// code and registered name) and, from a record, the record as the basis with its document number and decision date.
/// </summary>
internal sealed record ListProposalPrefill(
    long? SubjectId,
    string? SubjectCode,
    string? SubjectName,
    long? BasisRecordId,
    string? BasisRecordSummary,
    string? DocumentNumber,
    DateOnly? DecisionDate)
{
    public static ListProposalPrefill None { get; } = new(null, null, null, null, null, null, null);
}
