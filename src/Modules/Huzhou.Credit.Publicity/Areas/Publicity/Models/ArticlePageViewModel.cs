using Huzhou.Credit.Publicity.Features;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Models;

/// <summary>An article's staff page: its detail, the sanitised body, and what the user may do.</summary>
internal sealed record ArticlePageViewModel(ArticleDetail Detail, string SafeBody, bool MayEdit, bool MaySubmit, bool MayPublish, bool MayWithdraw, string? PublicUrl);
