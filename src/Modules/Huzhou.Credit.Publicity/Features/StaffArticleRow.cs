using Huzhou.Credit.Publicity.Domain;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>An article as a line of the staff list.</summary>
internal sealed record StaffArticleRow(long Id, string Title, string ColumnName, string DepartmentCode, ArticleStatus Status, DateTimeOffset UpdatedAt, string UpdatedBy, DateTimeOffset? PublishedAt, DateTimeOffset? ScheduledAt);
