namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// A delivered file (a department's, or a provincial or national platform's) read row by row, one row in memory at a time.
/// Row numbers are those a person sees in Excel: the header is row 1.
/// </summary>
public interface IRowSource : IAsyncDisposable
{
    /// <summary>"CSV" or "XLSX".</summary>
    string Format { get; }

    /// <summary>"UTF-8", "GB18030" or "UTF-16" for CSV; null for XLSX.</summary>
    string? EncodingName { get; }

    /// <summary>Trimmed header texts (BOM and full-width spaces removed); trailing empty header cells dropped.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>The current data row's number as Excel shows it (first data row after a row-1 header = 2).</summary>
    int RowNumber { get; }

    /// <summary>Moves to the next row that has at least one non-empty cell; false at the end of the file.</summary>
    ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The number of cells in the current row, which may differ from <see cref="Headers"/>' count
    /// (a CSV row with an unquoted comma in it has more).
    /// </summary>
    int FieldCount { get; }

    /// <summary>The trimmed cell text; "" for a missing or empty cell, whatever the column.</summary>
    string GetString(int column);

    /// <summary>The current row as one CSV record (cells joined with ',', quoted when needed) for a rejection report.</summary>
    string RawText();
}
