namespace Huzhou.Credit.Subjects.Records;

/// <summary>What a reveal of a record's personal values came to.</summary>
internal enum RevealOutcome
{
    Revealed,
    Refused,
    PurposeRequired,
}
