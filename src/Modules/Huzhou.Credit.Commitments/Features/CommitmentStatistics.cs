namespace Huzhou.Credit.Commitments.Features;

internal sealed record CommitmentStatistics(CommitmentTally Total, IReadOnlyList<CommitmentTally> ByType, IReadOnlyList<CommitmentTally> ByDepartment, IReadOnlyList<CommitmentTally> BySource);
