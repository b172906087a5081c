namespace Huzhou.Credit.SharedKernel.Files;

/// <summary>
/// A file someone uploads, as a feature takes it: its name as sent, its length and a way to read it. The web layer's
/// <c>IFormFile</c> stays in the controller (<c>new FileUpload(file.FileName, file.Length, file.OpenReadStream)</c>).
/// </summary>
public sealed record FileUpload(string FileName, long Length, Func<Stream> Open)
{
    /// <summary>The file's bytes (the caller has checked <see cref="Length"/> against its limit).</summary>
    public async Task<byte[]> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var stream = Open();
        using var buffer = new MemoryStream((int)Math.Min(Length, int.MaxValue));
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// The file's own name as sent, without any client path (some browsers send <c>C:\…\证据.pdf</c>, whatever the
    /// server's separator — <c>Path.GetFileName</c> on Linux keeps it whole), cut to its last <paramref name="maxLength"/>
    /// characters so the extension stays and the stored column is never overrun; empty when nothing is left.
    /// </summary>
    public string BareName(int maxLength)
    {
        var name = FileName ?? "";
        var file = name[(name.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        return file.Length > maxLength ? file[^maxLength..] : file;
    }
}
