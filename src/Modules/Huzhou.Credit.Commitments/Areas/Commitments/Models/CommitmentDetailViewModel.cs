using Huzhou.Credit.Commitments.Domain;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Models;

internal sealed record CommitmentDetailViewModel(Commitment Commitment, CommitmentTemplate? Template, bool MayDecide, DateOnly Today);
