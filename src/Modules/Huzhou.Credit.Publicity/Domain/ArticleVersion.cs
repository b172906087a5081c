namespace Huzhou.Credit.Publicity.Domain;

/// <summary>One saved text of an article (every save is kept; numbered from 1).</summary>
internal sealed class ArticleVersion
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string Body { get; set; } = "";

    public string? Source { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public string SavedBy { get; set; } = "";
}
