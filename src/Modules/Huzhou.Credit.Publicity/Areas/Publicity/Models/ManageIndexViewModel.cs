using Huzhou.Credit.Publicity.Domain;
using Huzhou.Credit.Publicity.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Models;

/// <summary>The staff list of articles.</summary>
internal sealed record ManageIndexViewModel(PagedList<StaffArticleRow> Articles, IReadOnlyList<ColumnOption> Columns, ArticleStatus? Status, long? ColumnId, string? Q, bool IsEditor, bool IsPublisher, int Waiting);
