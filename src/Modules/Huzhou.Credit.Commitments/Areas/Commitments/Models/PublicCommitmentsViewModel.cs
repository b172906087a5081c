using Huzhou.Credit.Commitments.Domain;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Models;

internal sealed record PublicCommitmentsViewModel(string? Query, IReadOnlyList<Commitment>? Results, string? Error);
