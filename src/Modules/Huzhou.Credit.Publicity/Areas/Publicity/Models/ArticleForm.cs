using Huzhou.Credit.Publicity.Features;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Models;

/// <summary>The editor's form.</summary>
internal sealed class ArticleForm
{
    public long ColumnId { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string? Source { get; set; }

    public ArticleInput ToInput() => new(ColumnId, Title, Summary, Body, Source);
}
