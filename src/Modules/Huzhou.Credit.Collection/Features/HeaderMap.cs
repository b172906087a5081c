using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Tabular;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Which column of a delivered file holds which field. A header matches a field by its key or its Chinese
/// label, ignoring spaces, full-width brackets and a bracketed note (行政相对人代码_1（统一社会信用代码）), so a
/// file with the standard Chinese headers imports as it is.
/// </summary>
internal sealed class HeaderMap
{
    private HeaderMap(CatalogueItemVersion item, int[] columnOfField, IReadOnlyList<string> unmatched, IReadOnlyList<CatalogueField> missingRequired)
    {
        Item = item;
        ColumnOfField = columnOfField;
        UnmatchedHeaders = unmatched;
        MissingRequired = missingRequired;
    }

    public CatalogueItemVersion Item { get; }

    /// <summary>For each field of <see cref="Item"/> (same order), its column, or -1.</summary>
    public int[] ColumnOfField { get; }

    public IReadOnlyList<string> UnmatchedHeaders { get; }

    public IReadOnlyList<CatalogueField> MissingRequired { get; }

    public bool CanImport => MissingRequired.Count == 0;

    /// <summary>
    /// Matches the headers to the item's fields; then <paramref name="manual"/> (normalised header → field key: the
    /// clerk's choices in the wizard, remembered per department and item) places columns the matcher did not
    /// recognise into fields it left empty. A manual choice never moves a column the matcher placed.
    /// </summary>
    public static HeaderMap Build(CatalogueItemVersion item, IReadOnlyList<string> headers, IReadOnlyDictionary<string, string>? manual = null)
    {
        var normalisedHeaders = headers.Select(Normalise).ToArray();
        var used = new bool[headers.Count];
        var columns = new int[item.Fields.Count];
        for (var f = 0; f < item.Fields.Count; f++)
        {
            var field = item.Fields[f];
            columns[f] = Find(normalisedHeaders, used, Normalise(field.Key), Normalise(field.Label));
            if (columns[f] >= 0)
            {
                used[columns[f]] = true;
            }
        }

        for (var c = 0; manual is not null && c < headers.Count; c++)
        {
            if (!used[c] && manual.TryGetValue(normalisedHeaders[c], out var key) && item.IndexOfField(key) is var f && f >= 0 && columns[f] < 0)
            {
                columns[f] = c;
                used[c] = true;
            }
        }

        var unmatched = headers.Where((_, i) => !used[i]).ToList();
        var missing = item.Fields.Where((field, f) => field.Required && columns[f] < 0).ToList();
        return new HeaderMap(item, columns, unmatched, missing);
    }

    private static int Find(string[] headers, bool[] used, string key, string label)
    {
        for (var i = 0; i < headers.Length; i++)
        {
            if (!used[i] && (headers[i] == key || headers[i] == label))
            {
                return i;
            }
        }

        // A header with a bracketed note after the name: 行政相对人代码_1(统一社会信用代码).
        for (var i = 0; i < headers.Length; i++)
        {
            if (!used[i] && (StartsWithNote(headers[i], key) || StartsWithNote(headers[i], label)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool StartsWithNote(string header, string name) =>
        name.Length > 0 && header.Length > name.Length && header.StartsWith(name, StringComparison.Ordinal) && header[name.Length] == '(';

    /// <summary>Half-width brackets, no spaces of any width, printable, at most <see cref="BatchProcessor.HeaderMaxLength"/> characters.</summary>
    internal static string Normalise(string text) =>
        CellText.NormaliseHeader(CellText.Printable(text, BatchProcessor.HeaderMaxLength, keepLineBreaks: false));
}
