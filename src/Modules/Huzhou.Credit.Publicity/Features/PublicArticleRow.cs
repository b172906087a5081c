namespace Huzhou.Credit.Publicity.Features;

/// <summary>An article as a line of a public list or feed.</summary>
internal sealed record PublicArticleRow(long Id, string Title, string? Summary, string? Source, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt);
