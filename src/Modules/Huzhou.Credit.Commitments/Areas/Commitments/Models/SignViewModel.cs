using Huzhou.Credit.Commitments.Domain;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Models;

internal sealed record SignViewModel(CommitmentTemplate Template, string Text, DateOnly Today, DateOnly? Due, string? Error);
