using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Features;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Models;

internal sealed record CommitmentListViewModel(IReadOnlyList<Commitment> Rows, int Total, CommitmentFilter Filter, CommitmentStatistics Statistics, string Scope, DateOnly Today, bool MayEnter);
