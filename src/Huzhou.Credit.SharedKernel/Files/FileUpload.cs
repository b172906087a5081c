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
}
