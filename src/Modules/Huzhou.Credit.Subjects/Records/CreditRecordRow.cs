using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Subjects.Records;

internal sealed record CreditRecordRow(
    long Id,
    string ItemCode,
    string ItemName,
    string SourceKey,
    DateOnly DecisionDate,
    DateOnly PublicityStart,
    DateOnly? PublicityEnd,
    CreditRecordStatus Status,
    bool Published);
