namespace Huzhou.Credit.Repair.Domain;

/// <summary>
/// 信用修复申请: an organisation asks to repair one bad record. 谁认定、谁修复: the department that delivered the record
/// accepts or refuses within N working days, then approves or denies within M (extendable once, with a reason); the
/// credit centre executes an approval, which marks the record repaired. Every step is a <see cref="RepairStep"/>.
/// </summary>
internal sealed class RepairApplication
{
    public long Id { get; set; }

    /// <summary>XF + yyyyMMdd + sequence, printed on the decision letter.</summary>
    public string Number { get; set; } = "";

    public long SubjectId { get; set; }

    public string SubjectName { get; set; } = "";

    /// <summary>The credit code, or for a natural person the masked ID number (330502********1234), never the whole number.</summary>
    public string SubjectCode { get; set; } = "";

    /// <summary>Filed by a natural person for himself (市民) rather than by an organisation's handler.</summary>
    public bool ApplicantIsPerson { get; set; }

    public long AccountId { get; set; }

    public string HandlerName { get; set; } = "";

    /// <summary>Where the applicant gets e-mail notices (the account's address when applying), or null.</summary>
    public string? NoticeEmail { get; set; }

    /// <summary>The record repaired; 0 when the application is for a list entry.</summary>
    public long RecordId { get; set; }

    /// <summary>The black-list entry whose early removal is asked for (null: a record).</summary>
    public long? ListEntryId { get; set; }

    public string ItemCode { get; set; } = "";

    public string ItemName { get; set; } = "";

    /// <summary>The decision document number of the record.</summary>
    public string RecordReference { get; set; } = "";

    public DateOnly RecordDecisionDate { get; set; }

    public short? PenaltyClass { get; set; }

    public string RuleVersion { get; set; } = "";

    /// <summary>The deciding department (the record's provider).</summary>
    public string DepartmentCode { get; set; } = "";

    public string Statement { get; set; } = "";

    public RepairStatus Status { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateOnly AcceptDue { get; set; }

    public DateOnly? DecideDue { get; set; }

    public bool Extended { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
