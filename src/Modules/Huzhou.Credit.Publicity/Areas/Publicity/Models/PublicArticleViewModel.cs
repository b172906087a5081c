using Huzhou.Credit.Publicity.Features;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Models;

/// <summary>A public article with its body sanitised again for this rendering.</summary>
internal sealed record PublicArticleViewModel(PublicArticle Article, string SafeBody);
