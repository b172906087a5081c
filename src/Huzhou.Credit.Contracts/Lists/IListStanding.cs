namespace Huzhou.Credit.Contracts.Lists;

/// <summary>The lists a subject is on now (the check API's list conditions). Implemented by the Lists module.</summary>
public interface IListStanding
{
    /// <summary>Entries in force for the subject (approved, not expired, not removed), newest first.</summary>
    Task<IReadOnlyList<ListStandingEntry>> InForceAsync(long subjectId, CancellationToken cancellationToken = default);
}

/// <summary>One entry in force, with what a clerk needs to read why a measure applies.</summary>
public sealed record ListStandingEntry(
    string ListTypeCode,
    string ListName,
    bool IsBlack,
    string DocumentNumber,
    string DecidingAuthority,
    string Basis,
    DateOnly EffectiveFrom,
    DateOnly? ExpiresOn);
