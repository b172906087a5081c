using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>A new item or a new version of one: the schema as edited (its version number is given on saving) and the note.</summary>
internal sealed record ItemDraft(CatalogueItemVersion Schema, string? ChangeNote);
