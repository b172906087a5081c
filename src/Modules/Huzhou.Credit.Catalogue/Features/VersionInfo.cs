namespace Huzhou.Credit.Catalogue.Features;

/// <summary>One version of an item's history, as the item page lists it.</summary>
internal sealed record VersionInfo(int Version, DateTimeOffset CreatedAt, string CreatedBy, string? ChangeNote);
