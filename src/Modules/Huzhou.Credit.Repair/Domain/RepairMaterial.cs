namespace Huzhou.Credit.Repair.Domain;

/// <summary>A document attached to an application: kept in the database with its SHA-256.</summary>
internal sealed class RepairMaterial
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public MaterialKind Kind { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }
}
