namespace Huzhou.Credit.Lists.Domain;

/// <summary>
/// One file of list entries pushed by the provincial or national platform and imported by the credit office: what
/// was received and what became of it. The entries it created point back to it; its rejected rows are kept with
/// their reasons (<see cref="ListImportRejection"/>). Never deleted.
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

    public DateTimeOffset ImportedAt { get; set; }
}
