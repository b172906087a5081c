using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>What is known about the subject when it is checked.</summary>
/// <param name="IsPerson">A natural person.</param>
/// <param name="PendingVerification">Created from a delivery, not yet verified.</param>
/// <param name="Lists">Entries in force.</param>
/// <param name="BadRecords">Bad records that count, newest first (over the longest window any rule asks for).</param>
/// <param name="Today">The day the check is made (Asia/Shanghai).</param>
/// <param name="Grades">Current industry credit grades (分级分类评价), one per field.</param>
internal sealed record SubjectFacts(bool IsPerson, bool PendingVerification, IReadOnlyList<ListStandingEntry> Lists, IReadOnlyList<BadRecordFact> BadRecords, DateOnly Today, IReadOnlyList<EvaluationGrade> Grades)
{
    public SubjectFacts(bool isPerson, bool pendingVerification, IReadOnlyList<ListStandingEntry> lists, IReadOnlyList<BadRecordFact> badRecords, DateOnly today)
        : this(isPerson, pendingVerification, lists, badRecords, today, [])
    {
    }

    /// <summary>Breached commitments (违诺), newest first.</summary>
    public IReadOnlyList<Huzhou.Credit.Contracts.Commitments.CommitmentBreach> Breaches { get; init; } = [];
}
