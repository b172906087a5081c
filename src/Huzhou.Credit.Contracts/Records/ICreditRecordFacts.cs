namespace Huzhou.Credit.Contracts.Records;

/// <summary>Facts about a subject's credit records for the check rules. Implemented by the Subjects module.</summary>
public interface ICreditRecordFacts
{
    /// <summary>
    /// For many subjects at once, the bad records that still count (not repaired, not revoked) that a check may cite:
    /// the newest <paramref name="perClass"/> of class 一般 or worse (a record without a class counts as 一般) and the
    /// newest <paramref name="perClass"/> 严重 ones, together, newest first. Enough to answer "a record of class at
    /// least 一般 / 严重 within N months" for any N, and to show the facts. 轻微 records never count for the rules.
    /// Subjects with none are absent.
    /// </summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<BadRecordFact>>> LatestBadRecordsAsync(IReadOnlyCollection<long> subjectIds, int perClass, CancellationToken cancellationToken = default);
}
