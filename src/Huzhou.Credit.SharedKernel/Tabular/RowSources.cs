namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>Opens an uploaded file as an <see cref="IRowSource"/>.</summary>
public static class RowSources
{
    /// <summary>
    /// Opens by file name extension: .csv and .txt are CSV; .xlsx is XLSX; anything else, including the old
    /// binary .xls, is refused with a <see cref="TabularFileException"/> the uploader can act on.
    /// </summary>
    /// <param name="stream">
    /// Readable. For CSV it may be forward-only (the encoding is sniffed from a buffer that is then replayed);
    /// for XLSX it must be seekable (a FileStream: a zip archive's directory is at its end). The caller keeps
    /// ownership of the stream and disposes it after the row source.
    /// </param>
    /// <param name="fileName">The uploaded file's name; only its extension matters.</param>
    /// <param name="cancellationToken">Cancels the read of the first bytes and the header.</param>
    /// <exception cref="TabularFileException">
    /// Unsupported extension, empty file, no header, duplicate header names, unreadable file, a limit exceeded (also
    /// thrown later by <see cref="IRowSource.ReadAsync"/> when a row breaks a limit).
    /// </exception>
    public static Task<IRowSource> OpenAsync(Stream stream, string fileName, CancellationToken cancellationToken = default) =>
        OpenAsync(stream, fileName, TabularLimits.Default, cancellationToken);

    /// <inheritdoc cref="OpenAsync(Stream, string, CancellationToken)"/>
    /// <param name="stream">See the other overload.</param>
    /// <param name="fileName">The uploaded file's name; only its extension matters.</param>
    /// <param name="limits">What the file may contain (columns, cell and row length, XLSX part sizes).</param>
    /// <param name="cancellationToken">Cancels the read of the first bytes and the header.</param>
    public static async Task<IRowSource> OpenAsync(
        Stream stream, string fileName, TabularLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".txt" => await CsvRowSource.OpenAsync(stream, limits, cancellationToken),
            ".xlsx" => XlsxRowSource.Open(stream, limits, cancellationToken),
            "" => throw new TabularFileException("文件没有扩展名：请上传 .xlsx 或 .csv 文件。"),
            _ => throw new TabularFileException($"不支持的文件格式“{extension}”：请另存为 .xlsx 或 .csv 后上传。"),
        };
    }
}
