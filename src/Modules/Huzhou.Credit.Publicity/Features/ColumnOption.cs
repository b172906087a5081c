namespace Huzhou.Credit.Publicity.Features;

/// <summary>A column as the editor's form offers it.</summary>
internal sealed record ColumnOption(long Id, string Slug, string Name);
