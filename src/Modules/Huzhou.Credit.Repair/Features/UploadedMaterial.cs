namespace Huzhou.Credit.Repair.Features;

/// <summary>
/// A file an organisation uploads (a repair material, an objection's evidence) as the features take it: its name, its
/// length and a way to read it. The web layer's <c>IFormFile</c> stays in the controller.
/// </summary>
internal sealed record UploadedMaterial(string FileName, long Length, Func<Stream> Open)
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
