namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// What a delivered file may contain before the readers refuse it. Enforced while reading, so a hostile or broken
/// file (a zip bomb, a row with millions of columns, a cell of megabytes) costs bounded memory and time whoever
/// the caller is; each violation is a <see cref="TabularFileException"/> with a Chinese reason.
/// </summary>
public sealed record TabularLimits
{
    /// <summary>The limits every caller gets unless it passes its own.</summary>
    public static TabularLimits Default { get; } = new();

    /// <summary>Cells per row. A catalogue item has well under 100 fields; Collection itself refuses more than 500 header columns.</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>Characters in one cell: Excel's own limit, so no genuine workbook or export exceeds it.</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>Characters in one CSV record (about 60 cells at Excel's maximum; real rows are a few thousand characters).</summary>
    public int MaxRowChars { get; init; } = 2 * 1024 * 1024;

    /// <summary>
    /// Uncompressed bytes of one XLSX part, declared and as actually read. A full Excel sheet (1,048,576 rows of a
    /// 30-column penalty item with shared strings) is well under 1 GB of XML; the sheet is streamed, so this bounds
    /// the time a read can take, not its memory.
    /// </summary>
    public long MaxPartBytes { get; init; } = 1L << 30;

    /// <summary>
    /// Uncompressed bytes of the XLSX parts parsed whole (content types, relationships, workbook, styles): those are
    /// held in memory as a document, and real ones are kilobytes to a few megabytes.
    /// </summary>
    public long MaxLoadedPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// Uncompressed to compressed bytes of one XLSX part. Worksheet XML compresses 5-20:1; a zip bomb of repeated text
    /// reaches about 1,000:1. Parts under <see cref="RatioFloorBytes"/> are never refused for their ratio.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Below this many uncompressed bytes a part's compression ratio is not checked (a tiny part may compress very well).</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Memory the XLSX shared-strings table may take (it is needed whole to resolve cells). 64 MB holds about
    /// 30 million characters of distinct texts, several times a large department's file.
    /// </summary>
    public long MaxSharedStringsBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Entries in an XLSX archive (a workbook with many sheets and images has a few hundred).</summary>
    public int MaxArchiveEntries { get; init; } = 10_000;

    internal static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
