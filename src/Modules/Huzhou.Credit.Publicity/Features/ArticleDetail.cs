using Huzhou.Credit.Publicity.Domain;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>An article as its staff page shows it: text, column, versions, changes, attachments.</summary>
internal sealed record ArticleDetail(Article Article, PublicityColumn Column, IReadOnlyList<ArticleVersion> Versions, IReadOnlyList<ArticleChange> Changes, IReadOnlyList<AttachmentRow> Attachments);
