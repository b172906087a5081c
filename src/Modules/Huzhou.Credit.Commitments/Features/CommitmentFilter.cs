using Huzhou.Credit.Commitments.Domain;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>The staff list's filters.</summary>
internal sealed record CommitmentFilter(string? Query, CommitmentStatus? Status, CommitmentType? Type, string? Due, string? Department, int Page = 1);
