using Huzhou.Credit.Commitments.Domain;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Models;

internal sealed record OrganisationCommitmentsViewModel(IReadOnlyList<Commitment> Commitments, IReadOnlyList<CommitmentTemplate> Templates, DateOnly Today);
