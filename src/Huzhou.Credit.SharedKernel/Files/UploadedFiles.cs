using Microsoft.AspNetCore.Http;

namespace Huzhou.Credit.SharedKernel.Files;

/// <summary>
/// Documents people upload (authorisation letters, repair materials, evidence): only PDF, JPEG and PNG, recognised by
/// their first bytes — the file name and the browser's content type are not trusted.
/// </summary>
public static class UploadedFiles
{
    /// <summary>The accepted types, as a clerk reads them.</summary>
    public const string AcceptedNames = "PDF、JPG 或 PNG";

    /// <summary>The content type the bytes really are (application/pdf, image/jpeg, image/png), or null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("%PDF-"u8) ? "application/pdf"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;

    /// <summary>The upload's bytes (the caller has checked its length against its limit).</summary>
    public static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
