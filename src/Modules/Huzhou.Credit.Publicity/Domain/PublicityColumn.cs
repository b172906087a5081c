namespace Huzhou.Credit.Publicity.Domain;

/// <summary>
/// A column of the public site (信用动态, 政策法规, 典型案例, 风险提示, 诚信典型, or a 专题专栏). Its <see cref="Slug"/> is
/// its address (<c>/publicity/{slug}</c>); <see cref="ContentVersion"/> is bumped in the transaction of every publish,
/// withdrawal or edit of a published article, and keys the public pages' cache (so every node sees the change at once).
/// </summary>
internal sealed class PublicityColumn
{
    public long Id { get; set; }

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public ColumnKind Kind { get; set; }

    public int SortOrder { get; set; }

    /// <summary>False once retired: the column leaves the public site (its articles stay, unlisted).</summary>
    public bool Active { get; set; } = true;

    public long ContentVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
