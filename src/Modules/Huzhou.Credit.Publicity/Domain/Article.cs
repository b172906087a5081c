namespace Huzhou.Credit.Publicity.Domain;

/// <summary>
/// A publicity article: its current text (the body is sanitised HTML), its column, the department that owns it (whose
/// editors may change it) and where it stands. Every saved text is also kept as an <see cref="ArticleVersion"/>;
/// every change of state as an <see cref="ArticleChange"/> (and in the audit log).
/// </summary>
internal sealed class Article
{
    public long Id { get; set; }

    public long ColumnId { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string Body { get; set; } = "";

    /// <summary>来源, e.g. 湖州市信用办.</summary>
    public string? Source { get; set; }

    public string DepartmentCode { get; set; } = "";

    public ArticleStatus Status { get; set; }

    /// <summary>The publish date shown on the public site (set when first published, or by the scheduled time).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ScheduledAt { get; set; }

    /// <summary>The last return or withdrawal reason.</summary>
    public string? Reason { get; set; }

    public int VersionNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
