namespace Huzhou.Credit.Dossier.Domain;

/// <summary>
/// One credit report issued (出具的信用报告): the register that <c>/verify/{number}</c> answers from. Rows are never
/// updated or deleted; the PDF itself is not kept, its SHA-256 is.
/// </summary>
internal sealed class IssuedReport
{
    public long Id { get; set; }

    /// <summary>Report number printed on every page, e.g. HZXY2026112748213907.</summary>
    public string Number { get; set; } = "";

    /// <summary>Code printed on the cover; the verification page shows the report only with it.</summary>
    public string VerificationCode { get; set; } = "";

    public long SubjectId { get; set; }

    public string Uscc { get; set; } = "";

    /// <summary>The name as printed (a later change of name does not change the report).</summary>
    public string SubjectName { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>The account that asked for it (a staff or kiosk account), or 公众 for an anonymous visitor.</summary>
    public string IssuedBy { get; set; } = "";

    public ReportChannel Channel { get; set; }

    /// <summary>SHA-256 of the PDF's bytes, lower-case hex.</summary>
    public string ContentSha256 { get; set; } = "";

    public int SizeBytes { get; set; }

    /// <summary>What the report held, e.g. 行政许可 3 条；行政处罚 1 条 … (shown on the verification page).</summary>
    public string Summary { get; set; } = "";
}
