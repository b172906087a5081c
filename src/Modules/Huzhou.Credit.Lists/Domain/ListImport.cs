namespace Huzhou.Credit.Lists.Domain;

/// <summary>
/// One file of list entries pushed by the provincial or national platform and imported by the credit office: what
/// was received and what became of it. The entries it created point back to it; its rejected rows are kept with
/// their reasons (<see cref="ListImportRejection"/>). Never deleted. The upload queues it (<see cref="ListImportStatus.Queued"/>,
/// its file in <see cref="ListImportFile"/>); the background job reads, checks and writes it, reporting its progress
/// here at a modest rate, and completes it in the one transaction that writes its entries (all or nothing).
/// </summary>
internal sealed class ListImport
{
    public long Id { get; set; }

    public ListEntrySource Source { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>CSV or XLSX.</summary>
    public string FileFormat { get; set; } = "";

    /// <summary>UTF-8, GB18030 or UTF-16 for CSV; null for XLSX.</summary>
    public string? EncodingName { get; set; }

    /// <summary>Data rows in the file (blank rows are not counted).</summary>
    public int Received { get; set; }

    /// <summary>Rows that became entries in force.</summary>
    public int Imported { get; set; }

    /// <summary>Rows whose entry (same list type, subject and document number) already existed: 已存在, left as they were.</summary>
    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    /// <summary>Headers that matched no standard column and were ignored, joined with 、.</summary>
    public string? IgnoredColumns { get; set; }

    /// <summary>The importing user's department.</summary>
    public string DepartmentCode { get; set; } = "";

    public string ImportedBy { get; set; } = "";

    /// <summary>When the file was uploaded (and the import queued).</summary>
    public DateTimeOffset ImportedAt { get; set; }

    public ListImportStatus Status { get; set; }

    public ListImportPhase Phase { get; set; }

    /// <summary>Data rows read so far (progress; <see cref="Received"/> once completed).</summary>
    public int RowsRead { get; set; }

    /// <summary>Rows that passed every check so far (progress: to be listed or already there).</summary>
    public int RowsAccepted { get; set; }

    /// <summary>Why the import failed (a file refused as a whole, repeated interruptions), in Chinese.</summary>
    public string? Error { get; set; }

    /// <summary>Written every few seconds by the job while it runs (ADR 0016); a running import whose heartbeat stopped was interrupted.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>How many times the job started on it (the recovery stops after a few).</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
