namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>Response headers of a file download.</summary>
public static class TabularDownload
{
    /// <summary>
    /// The Cache-Control of every export: exports carry department data (some of it personal), so no browser or proxy
    /// keeps a copy.
    /// </summary>
    public const string NoStore = "no-store";

    /// <summary>
    /// <c>attachment</c> with an ASCII file name for old clients and the real (Chinese) one as <c>filename*</c> in
    /// UTF-8 (RFC 6266 / RFC 5987), which every current browser prefers.
    /// </summary>
    /// <param name="asciiFileName">Letters, digits, <c>_ - .</c> only; anything else is replaced by <c>_</c>.</param>
    /// <param name="fileName">The name the browser saves the file as.</param>
    public static string ContentDisposition(string asciiFileName, string fileName)
    {
        ArgumentNullException.ThrowIfNull(asciiFileName);
        ArgumentNullException.ThrowIfNull(fileName);
        var ascii = string.Concat(asciiFileName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_'));
        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }
}
