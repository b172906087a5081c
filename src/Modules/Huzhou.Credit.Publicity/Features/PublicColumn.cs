namespace Huzhou.Credit.Publicity.Features;

/// <summary>A public column as the public pages read it.</summary>
internal sealed record PublicColumn(long Id, string Slug, string Name, string? Description, bool IsSpecial, long ContentVersion);
