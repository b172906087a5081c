namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>Facts about a subject's credit records for the check rules. Implemented by the Subjects module.</summary>
public interface ICreditRecordFacts
{
    /// <summary>
    /// Bad records (items of nature 失信) decided on or after <paramref name="since"/> that still count: not repaired,
    /// not revoked. Newest first.
    /// </summary>
    Task<IReadOnlyList<BadRecordFact>> BadRecordsSinceAsync(long subjectId, DateOnly since, CancellationToken cancellationToken = default);

    /// <summary>
    /// For many subjects at once: the newest <paramref name="perClass"/> bad records that still count of each penalty
    /// class (a record without a class counts as 一般), newest first. Enough to answer "a record of class at least K
    /// within N months" for any K and N, and to show the facts. Subjects with none are absent.
    /// </summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<BadRecordFact>>> LatestBadRecordsAsync(IReadOnlyCollection<long> subjectIds, int perClass, CancellationToken cancellationToken = default);
}

/// <summary>A bad record as a check explains it.</summary>
/// <param name="ItemName">Catalogue item (行政处罚 ...).</param>
/// <param name="Reference">The decision document number.</param>
/// <param name="DecisionDate">Decision date.</param>
/// <param name="PenaltyClass">1 轻微, 2 一般, 3 严重; null when the item has no class.</param>
/// <param name="ProviderDepartment">Department code that delivered it.</param>
public sealed record BadRecordFact(string ItemName, string Reference, DateOnly DecisionDate, short? PenaltyClass, string ProviderDepartment);
