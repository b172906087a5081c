namespace Huzhou.Credit.Repair.Domain;

/// <summary>
/// 异议申诉: a subject contests the accuracy of one of its records. The department that delivered it verifies within
/// N working days and either upholds the record, has it corrected (更正: marked corrected, the department re-delivers the
/// right data) or revokes it (撤销: it should not have been published). While open, staff views mark the record 异议处理中.
/// </summary>
internal sealed class Objection
{
    public long Id { get; set; }

    /// <summary>YY + yyyyMMdd + sequence.</summary>
    public string Number { get; set; } = "";

    public long SubjectId { get; set; }

    public string SubjectName { get; set; } = "";

    /// <summary>The credit code, or for a natural person the masked ID number (330502********1234), never the whole number.</summary>
    public string SubjectCode { get; set; } = "";

    /// <summary>Filed by a natural person for himself (市民) rather than by an organisation's handler.</summary>
    public bool ApplicantIsPerson { get; set; }

    public long AccountId { get; set; }

    public string HandlerName { get; set; } = "";

    public long RecordId { get; set; }

    public string ItemName { get; set; } = "";

    public string RecordReference { get; set; } = "";

    public string DepartmentCode { get; set; } = "";

    /// <summary>What the subject says is wrong.</summary>
    public string Claim { get; set; } = "";

    public string? EvidenceFileName { get; set; }

    public string? EvidenceContentType { get; set; }

    public string? EvidenceSha256 { get; set; }

    public byte[]? Evidence { get; set; }

    public ObjectionStatus Status { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateOnly Due { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? Decision { get; set; }
}
