namespace Huzhou.Credit.Publicity.Features;

/// <summary>A published article's page: its text (sanitised again when shown), its attachments.</summary>
internal sealed record PublicArticle(PublicColumn Column, long Id, string Title, string? Summary, string Body, string? Source, DateTimeOffset PublishedAt, IReadOnlyList<AttachmentRow> Attachments);
