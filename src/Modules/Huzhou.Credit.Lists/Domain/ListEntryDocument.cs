namespace Huzhou.Credit.Lists.Domain;

/// <summary>
/// The decision document (认定决定书) attached to a proposal: a PDF, JPEG or PNG recognised by its content, stored with
/// its hash. One per entry; never replaced or deleted (the entry's history keeps what was decided on).
/// </summary>
internal sealed class ListEntryDocument
{
    public long Id { get; set; }

    public long EntryId { get; set; }

    /// <summary>The file name as uploaded (path stripped).</summary>
    public string FileName { get; set; } = "";

    /// <summary>What the bytes are (application/pdf, image/jpeg, image/png), never the browser's claim.</summary>
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public string UploadedBy { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }
}
