using System.Text;
using Microsoft.AspNetCore.Http;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Streams a report (rejected rows and their reasons) as a CSV download: UTF-8 with a BOM so Excel opens the Chinese
/// correctly, fields quoted where needed, an ASCII file name with the Chinese one beside it (RFC 6266).
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
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{asciiFileName}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        await writer.WriteLineAsync(string.Join(',', headers.Select(CellText.CsvField)));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',', cells(row).Select(CellText.CsvField)));
        }
    }
}
