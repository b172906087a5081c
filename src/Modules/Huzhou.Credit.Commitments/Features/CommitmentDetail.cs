using Huzhou.Credit.Commitments.Domain;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>A commitment with the template it was signed from, if any.</summary>
internal sealed record CommitmentDetail(Commitment Commitment, CommitmentTemplate? Template);
