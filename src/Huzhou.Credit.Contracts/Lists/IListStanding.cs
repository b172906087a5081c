namespace Huzhou.Credit.Contracts.Lists;

/// <summary>The lists subjects are on (the check API's credit status). Implemented by the Lists module.</summary>
public interface IListStanding
{
    /// <summary>
    /// The approved, not removed entries of many subjects at once, including those whose validity has passed but
    /// that the nightly job has not yet marked 已到期 (the caller compares <see cref="ListStandingEntry.ExpiresOn"/>
    /// with the day it asks on), for projections such as the check API's credit status. Subjects with none are absent.
    /// </summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<ListStandingEntry>>> ApprovedEntriesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default);
}
