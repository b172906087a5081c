using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>What the risk rule reads about one organisation, from the owning modules' contracts.</summary>
/// <param name="BadRecords">Bad records that still count (not repaired nor revoked), class 一般 or worse, newest first (<see cref="ICreditRecordFacts"/>).</param>
/// <param name="ListEntries">Approved, not removed list entries (<see cref="IListStanding"/>); the rule compares their dates with the day.</param>
/// <param name="Grades">Current industry grades with their band position.</param>
/// <param name="Breaches">Breached commitments, newest first (<see cref="ICommitmentBreaches"/>).</param>
/// <param name="OpenObjections">Records under objection (异议处理中); 0 for a badge.</param>
internal sealed record RiskFacts(
    IReadOnlyList<BadRecordFact> BadRecords,
    IReadOnlyList<ListStandingEntry> ListEntries,
    IReadOnlyList<RiskGrade> Grades,
    IReadOnlyList<CommitmentBreach> Breaches,
    int OpenObjections = 0)
{
    public static RiskFacts Empty { get; } = new([], [], [], []);
}
