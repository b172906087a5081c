namespace Huzhou.Credit.Contracts.Publicity;

/// <summary>A public column with its newest articles.</summary>
/// <param name="Slug">The column's address segment: its page is <c>/publicity/{Slug}</c>.</param>
/// <param name="Name">The column's Chinese name (信用动态 …).</param>
/// <param name="Url">The column page's path.</param>
/// <param name="Items">Newest first.</param>
public sealed record PublicityColumnHighlights(string Slug, string Name, string Url, IReadOnlyList<PublicityHighlight> Items);
