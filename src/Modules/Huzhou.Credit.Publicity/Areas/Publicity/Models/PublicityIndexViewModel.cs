using Huzhou.Credit.Contracts.Publicity;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Models;

/// <summary>The columns overview: every active column with its newest articles.</summary>
internal sealed record PublicityIndexViewModel(IReadOnlyList<PublicityColumnHighlights> Columns);
