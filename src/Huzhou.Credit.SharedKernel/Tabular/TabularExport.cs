using Microsoft.AspNetCore.Http;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Streams an export (a list, a report, a statistics table) as a download in either format: CSV through
/// <see cref="CsvWriter"/> (UTF-8 with BOM) or XLSX through <see cref="XlsxWriter"/> (one sheet, bold frozen header),
/// both neutralising formulas (<see cref="CellText.NeutraliseFormula"/>), with an ASCII file name and the Chinese one
/// beside it and <c>Cache-Control: no-store</c>. Rows are written as the sequence yields them — pass a streaming query
/// (<c>AsAsyncEnumerable</c>), never a list of every row, and memory stays flat however long the export is (ADR 0011).
/// </summary>
public static class TabularExport
{
    /// <summary>Reads the <c>format</c> query value: empty or <c>csv</c> is CSV, <c>xlsx</c> is XLSX (any case); anything else fails.</summary>
    public static bool TryParse(string? value, out ExportFormat format)
    {
        format = ExportFormat.Csv;
        if (string.IsNullOrEmpty(value) || string.Equals(value, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            format = ExportFormat.Xlsx;
            return true;
        }

        return false;
    }

    /// <summary>The file extension without the dot.</summary>
    public static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    /// <summary>Writes the download from a stream of rows.</summary>
    /// <param name="response">The response; its body receives the file.</param>
    /// <param name="format">CSV or XLSX.</param>
    /// <param name="asciiBaseName">The ASCII file name without extension (old clients).</param>
    /// <param name="baseName">The Chinese file name without extension; also the sheet's name (cut to 31 characters).</param>
    /// <param name="headers">The header row.</param>
    /// <param name="rows">The rows, as the database yields them.</param>
    /// <param name="cells">One row's cells, in the headers' order.</param>
    /// <param name="cancellationToken">Stops the export (the client went away).</param>
    public static async Task WriteAsync<T>(
        HttpResponse response,
        ExportFormat format,
        string asciiBaseName,
        string baseName,
        IReadOnlyList<string> headers,
        IAsyncEnumerable<T> rows,
        Func<T, IReadOnlyList<string?>> cells,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(cells);
        var extension = Extension(format);
        response.ContentType = format == ExportFormat.Xlsx ? XlsxWriter.ContentType : CsvWriter.ContentType(CsvFileEncoding.Utf8WithBom);
        response.Headers.ContentDisposition = TabularDownload.ContentDisposition(asciiBaseName + "." + extension, baseName + "." + extension);
        response.Headers.CacheControl = TabularDownload.NoStore;
        if (format == ExportFormat.Xlsx)
        {
            await using var xlsx = await XlsxWriter.CreateAsync(response.Body, cancellationToken);
            await xlsx.StartSheetAsync(SheetName(baseName), headers, cancellationToken: cancellationToken);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                await xlsx.WriteRowAsync(cells(row), cancellationToken);
            }

            await xlsx.FinishAsync(cancellationToken);
            return;
        }

        await using var csv = new CsvWriter(response.Body, CsvFileEncoding.Utf8WithBom, leaveOpen: true);
        await csv.WriteRowAsync(headers, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRowAsync(cells(row), cancellationToken);
        }
    }

    /// <summary>Writes a small table already in memory (a statistics page's rows).</summary>
    public static Task WriteAsync(
        HttpResponse response,
        ExportFormat format,
        string asciiBaseName,
        string baseName,
        IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<string?>> rows,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return WriteAsync(response, format, asciiBaseName, baseName, headers, rows.ToAsyncEnumerable(), static r => r, cancellationToken);
    }

    /// <summary>A valid sheet name: none of <c>/ \ * ? [ ] :</c>, at most 31 characters.</summary>
    public static string SheetName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var clean = string.Concat(name.Select(c => c is '/' or '\\' or '*' or '?' or '[' or ']' or ':' ? '_' : c)).Trim();
        return clean.Length == 0 ? "Sheet1" : clean.Length > 31 ? clean[..31] : clean;
    }
}
