using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>A page of a public column (optionally searched), with the risk alerts the monitoring module publishes when it is 风险提示.</summary>
internal sealed record ColumnPage(PublicColumn Column, string? Q, PagedList<PublicArticleRow> Articles, IReadOnlyList<PublishedRiskAlert> RiskAlerts);
