namespace Huzhou.Credit.Subjects.Records;

internal sealed record CreditRecordDetailView(
    CreditRecord Record,
    string ItemName,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    IReadOnlyList<CreditRecordChange> History);
