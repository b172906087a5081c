namespace Huzhou.Credit.Commitments.Domain;

/// <summary>
/// 信用承诺: a subject's commitment to a department for a matter, with its term and its fulfilment. The credit record
/// (catalogue item XYCN) in the record store is the published form of it; this row is the workflow on top (who signed,
/// who verified and with what evidence, the breach record it led to). Rows come from the department form, online
/// signing and, for files and the API of the collection module, from the records themselves (<c>CommitmentSync</c>).
/// </summary>
internal sealed class Commitment
{
    public long Id { get; set; }

    /// <summary>承诺书编号, the record's source key; unique per subject.</summary>
    public string Number { get; set; } = "";

    public long SubjectId { get; set; }

    public bool IsPerson { get; set; }

    public string SubjectName { get; set; } = "";

    /// <summary>An organisation's credit code, or a person's masked ID number (never the number itself).</summary>
    public string DisplayCode { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public CommitmentType Type { get; set; }

    public string Matter { get; set; } = "";

    public string Content { get; set; } = "";

    public DateOnly SignedOn { get; set; }

    /// <summary>承诺期限至: when the department verifies fulfilment (null: no term, e.g. 主动型).</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>The department the commitment was made to, which verifies it (code).</summary>
    public string DepartmentCode { get; set; } = "";

    /// <summary>Whether it is shown on the public publicity page (organisations' commitments by default).</summary>
    public bool IsPublic { get; set; }

    public CommitmentStatus Status { get; set; }

    public CommitmentSource Source { get; set; }

    /// <summary>Who entered or signed it (a staff or organisation account, or the delivering batch).</summary>
    public string SignedBy { get; set; } = "";

    /// <summary>The template it was signed from, for online signing.</summary>
    public long? TemplateId { get; set; }

    /// <summary>SHA-256 (hex) of the content as signed.</summary>
    public string? ContentHash { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public string? VerifiedBy { get; set; }

    public string? VerificationNote { get; set; }

    public string? EvidenceName { get; set; }

    public string? EvidenceHash { get; set; }

    /// <summary>违诺认定编号 of the breach record (XYWN) written for it.</summary>
    public string? BreachNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
