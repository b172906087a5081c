using Huzhou.Credit.Publicity.Domain;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>The staff list's filter.</summary>
internal sealed record ArticleFilter(ArticleStatus? Status, long? ColumnId, string? Q, int Page);
