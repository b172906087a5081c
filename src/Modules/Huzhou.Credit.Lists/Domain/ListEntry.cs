namespace Huzhou.Credit.Lists.Domain;

/// <summary>One subject on one list (domain.md §4). Never deleted; every change is in <see cref="ListEntryChange"/>.</summary>
internal sealed class ListEntry
{
    public long Id { get; set; }

    public string ListTypeCode { get; set; } = "";

    public long SubjectId { get; set; }

    /// <summary>The subject's name when listed (names change; the decision names this one).</summary>
    public string SubjectName { get; set; } = "";

    /// <summary>Credit code, or a person's masked ID number.</summary>
    public string SubjectCode { get; set; } = "";

    public bool SubjectIsPerson { get; set; }

    public string DistrictCode { get; set; } = "";

    /// <summary>列入事由.</summary>
    public string Reason { get; set; } = "";

    /// <summary>认定依据 of this decision (the clause applied).</summary>
    public string Basis { get; set; } = "";

    /// <summary>认定机关 and its credit code.</summary>
    public string DecidingAuthority { get; set; } = "";

    public string? DecidingAuthorityCode { get; set; }

    /// <summary>决定文书号.</summary>
    public string DocumentNumber { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Null: until removed.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public ListEntryStatus Status { get; set; }

    /// <summary>
    /// The day the obligation was met (e.g. the wage arrears paid), recorded when known by the proposing department or
    /// the credit office; for a list whose <see cref="ListType.EarlyExitCountsFrom"/> is set, early exit counts from it.
    /// </summary>
    public DateOnly? ObligationMetOn { get; set; }

    /// <summary>事前告知: the day the prior notice of a black-list listing was sent to the subject, and how (送达方式).</summary>
    public DateOnly? NoticeSentOn { get; set; }

    public string? NoticeMeans { get; set; }

    public string? NoticeRecordedBy { get; set; }

    /// <summary>The last day of the statement period (陈述申辩期): the list type's working days after the notice.</summary>
    public DateOnly? StatementDueOn { get; set; }

    /// <summary>The subject's statement (陈述申辩), or <see cref="NoStatement"/> once the period passed without one.</summary>
    public string? StatementAnswer { get; set; }

    public string? StatementRecordedBy { get; set; }

    public DateTimeOffset? StatementRecordedAt { get; set; }

    /// <summary>The answer recorded when the subject made no statement within the period.</summary>
    public const string NoStatement = "未提出";

    /// <summary>
    /// The credit record the proposal was based on (a bad record of the subject, in the record store keyed by subject
    /// and record id), when it was started from one; null otherwise.
    /// </summary>
    public long? BasisRecordId { get; set; }

    /// <summary>The basis record as it read when proposed: item name, document number and decision date.</summary>
    public string? BasisRecordSummary { get; set; }

    /// <summary>The department that proposed or delivered it.</summary>
    public string SourceDepartment { get; set; } = "";

    /// <summary>Where the decision reached the city from: a local proposal, or a push from the provincial or national platform.</summary>
    public ListEntrySource Source { get; set; } = ListEntrySource.Local;

    /// <summary>The platform file import that created it (<see cref="ListImport"/>); null for proposals.</summary>
    public long? ImportId { get; set; }

    public string ProposedBy { get; set; } = "";

    public DateTimeOffset ProposedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why it was refused, removed or removed early, and on what basis.</summary>
    public string? ClosingReason { get; set; }

    public string? ClosingBasis { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
