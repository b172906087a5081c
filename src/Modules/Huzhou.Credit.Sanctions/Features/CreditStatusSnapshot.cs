using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>A subject's credit status as read for a check.</summary>
/// <param name="Subject">Who the code names.</param>
/// <param name="Lists">Approved list entries (validity still to be compared with the day of the check).</param>
/// <param name="BadRecords">The newest bad records that count, a few per class, newest first.</param>
/// <param name="RefreshedAt">When the row was computed: the time the data was current.</param>
/// <param name="Grades">Current industry credit grades.</param>
internal sealed record CreditStatusSnapshot(ResolvedSubject Subject, IReadOnlyList<ListStandingEntry> Lists, IReadOnlyList<BadRecordFact> BadRecords, DateTimeOffset RefreshedAt, IReadOnlyList<EvaluationGrade> Grades)
{
    /// <summary>The facts the rules see on <paramref name="today"/>: entries past their validity no longer count.</summary>
    public SubjectFacts FactsOn(DateOnly today) => new(
        Subject.IsPerson,
        Subject.PendingVerification,
        Lists.Count == 0 ? Lists : Lists.Where(l => l.ExpiresOn is not { } e || e >= today).ToList(),
        BadRecords,
        today,
        Grades)
    {
        Breaches = Breaches,
    };

    /// <summary>Breached commitments, newest first.</summary>
    public IReadOnlyList<CommitmentBreach> Breaches { get; init; } = [];
}
