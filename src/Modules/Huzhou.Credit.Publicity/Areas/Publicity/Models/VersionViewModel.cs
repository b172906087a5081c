using Huzhou.Credit.Publicity.Domain;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Models;

/// <summary>One saved version of an article, as it read then.</summary>
internal sealed record VersionViewModel(ArticleVersion Version, Article Article, string SafeBody);
