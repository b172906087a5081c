namespace Huzhou.Credit.Publicity.Features;

/// <summary>An article's text as an editor saves it (the body is HTML, sanitised by the workflow).</summary>
internal sealed record ArticleInput(long ColumnId, string? Title, string? Summary, string? Body, string? Source);
