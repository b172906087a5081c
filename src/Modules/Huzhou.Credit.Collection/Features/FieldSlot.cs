using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Collection.Features;

/// <summary>A field's position in an item version's rows, or -1 when the item has no such field.</summary>
internal readonly record struct FieldSlot(int Index)
{
    public static FieldSlot Of(CatalogueItemVersion item, string? key) => new(item.IndexOfField(key));

    public string? At(string?[] values) => Index >= 0 ? values[Index] : null;
}
