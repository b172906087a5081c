namespace Huzhou.Credit.Commitments.Domain;

/// <summary>The evidence a department attached to its verification (PDF or image), kept with its hash.</summary>
internal sealed class CommitmentEvidence
{
    public long Id { get; set; }

    public long CommitmentId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";
}
