using Huzhou.Credit.Publicity.Features;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Models;

/// <summary>The new/edit page: the form, the columns offered, the article's id when it exists, the prefill code.</summary>
internal sealed record ArticleEditViewModel(ArticleForm Form, IReadOnlyList<ColumnOption> Columns, long? Id, string? FromCode, string? Error);
