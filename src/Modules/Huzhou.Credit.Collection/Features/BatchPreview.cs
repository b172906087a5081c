using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// What the upload wizard shows before the user confirms: the mapping (with the clerk's manual choices), the first
/// rows, and the check of the rows as the batch will run them.
/// </summary>
internal sealed record BatchPreview(
    CollectionBatch Batch,
    CatalogueItemVersion Item,
    HeaderMap Map,
    IReadOnlyList<string> Headers,
    IReadOnlyList<(int RowNumber, string[] Cells)> Rows,
    string? Error,
    PreviewCheck? Check = null,
    IReadOnlyDictionary<string, string>? Manual = null)
{
    /// <summary>Columns the clerk may place by hand: those the matcher did not recognise, and those placed by hand before.</summary>
    public IReadOnlyList<int> ChoosableColumns { get; } = Choosable(Map, Headers, Manual);

    private static int[] Choosable(HeaderMap map, IReadOnlyList<string> headers, IReadOnlyDictionary<string, string>? manual)
    {
        var unmatched = map.UnmatchedHeaders.ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, headers.Count)
            .Where(c => unmatched.Contains(headers[c]) || (manual?.ContainsKey(HeaderMap.Normalise(headers[c])) ?? false))
            .ToArray();
    }

    /// <summary>Fields no column was found for: what a manual choice can fill.</summary>
    public IReadOnlyList<CatalogueField> UnmatchedFields =>
        Item.Fields.Where((_, f) => Map.ColumnOfField[f] < 0).ToList();

    /// <summary>The field a header was placed in (by the matcher or by hand), or null.</summary>
    public string? FieldOfColumn(int column)
    {
        var f = Array.IndexOf(Map.ColumnOfField, column);
        return f < 0 ? null : Item.Fields[f].Key;
    }
}
