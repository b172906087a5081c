namespace Huzhou.Credit.Contracts.Publicity;

/// <summary>One published article as a home-page line.</summary>
/// <param name="Title">The article's title.</param>
/// <param name="Url">The article page's path (<c>/publicity/{column}/{id}</c>).</param>
/// <param name="PublishedAt">When it was published (UTC; show in Asia/Shanghai).</param>
public sealed record PublicityHighlight(string Title, string Url, DateTimeOffset PublishedAt);
