using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>A new line of the penalty class mapping (blank texts are stored as “any”).</summary>
internal sealed record NewClassMapping(string? RuleCode, string PenaltyKind, string? Procedure, string? Sector, decimal? MinimumFine, PenaltyClass Class, string? Note);
