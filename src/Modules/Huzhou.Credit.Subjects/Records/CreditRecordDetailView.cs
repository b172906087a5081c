namespace Huzhou.Credit.Subjects.Records;

/// <summary>A record with its labelled fields and history; <paramref name="IsBad"/>: its item's nature is 失信 (it may be a list's basis).</summary>
internal sealed record CreditRecordDetailView(
    CreditRecord Record,
    string ItemName,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    IReadOnlyList<CreditRecordChange> History,
    bool IsBad = false);
