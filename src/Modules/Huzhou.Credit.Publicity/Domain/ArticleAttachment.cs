namespace Huzhou.Credit.Publicity.Domain;

/// <summary>A PDF, JPEG or PNG attached to an article (type recognised by content); images may be shown in the body.</summary>
internal sealed class ArticleAttachment
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";
}
