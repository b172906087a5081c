namespace Huzhou.Credit.Publicity.Features;

/// <summary>An attachment as listed under an article (its address is <c>/publicity/files/{Id}</c>).</summary>
internal sealed record AttachmentRow(long Id, string FileName, string ContentType, long Size)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
