using Huzhou.Credit.Contracts.Catalogue;

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

/// <summary>A bad record as a check explains it.</summary>
/// <param name="ItemName">Catalogue item (行政处罚 ...).</param>
/// <param name="Reference">The decision document number.</param>
/// <param name="DecisionDate">Decision date.</param>
/// <param name="PenaltyClass">The penalty class; null when the item has no class.</param>
/// <param name="ProviderDepartment">Department code that delivered it.</param>
public sealed record BadRecordFact(string ItemName, string Reference, DateOnly DecisionDate, PenaltyClass? PenaltyClass, string ProviderDepartment);
