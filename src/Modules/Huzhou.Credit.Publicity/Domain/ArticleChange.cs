namespace Huzhou.Credit.Publicity.Domain;

/// <summary>One change of an article's state (who, when, from, to, why).</summary>
internal sealed class ArticleChange
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public ArticleStatus? FromStatus { get; set; }

    public ArticleStatus ToStatus { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";
}
