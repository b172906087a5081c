using Microsoft.AspNetCore.Http;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Streams a report (rejected rows and their reasons) as a CSV download through <see cref="CsvWriter"/>: UTF-8 with a
/// BOM so Excel opens the Chinese correctly, fields quoted where needed, cells neutralised against formula injection,
/// an ASCII file name with the Chinese one beside it (RFC 6266).
/// </summary>
public static class CsvReport
{
    public static async Task WriteAsync<T>(
        HttpResponse response,
        string asciiFileName,
        string fileName,
        IReadOnlyList<string> headers,
        IAsyncEnumerable<T> rows,
        Func<T, IEnumerable<string?>> cells,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(cells);
        response.ContentType = CsvWriter.ContentType(CsvFileEncoding.Utf8WithBom);
        response.Headers.ContentDisposition = TabularDownload.ContentDisposition(asciiFileName, fileName);
        response.Headers.CacheControl = TabularDownload.NoStore;
        await using var writer = new CsvWriter(response.Body, CsvFileEncoding.Utf8WithBom, leaveOpen: true);
        await writer.WriteRowAsync(headers, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteRowAsync(cells(row), cancellationToken);
        }
    }
}
