namespace Huzhou.Credit.Lists.Domain;

/// <summary>The life of an entry: proposed by a department, approved by the credit office, in force until it expires or is removed.</summary>
internal enum ListEntryStatus : short
{
    /// <summary>拟列入: proposed by a department, waiting for the credit office.</summary>
    Proposed = 1,

    /// <summary>已列入: approved and published.</summary>
    InForce = 2,

    /// <summary>已到期: its validity ended (nightly job).</summary>
    Expired = 3,

    /// <summary>已移出: removed (e.g. the decision was revoked).</summary>
    Removed = 4,

    /// <summary>提前移出: removed before expiry after the subject met the exit conditions.</summary>
    RemovedEarly = 5,

    /// <summary>不予列入: the credit office refused the proposal.</summary>
    Rejected = 6,
}

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

    /// <summary>The department that proposed or delivered it.</summary>
    public string SourceDepartment { get; set; } = "";

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

/// <summary>One change of an entry: who, when, from which status to which, why.</summary>
internal sealed class ListEntryChange
{
    public long Id { get; set; }

    public long EntryId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";

    public ListEntryStatus? OldStatus { get; set; }

    public ListEntryStatus NewStatus { get; set; }

    public string? Reason { get; set; }
}

internal static class ListEntryStatuses
{
    public static string DisplayName(ListEntryStatus status) => status switch
    {
        ListEntryStatus.Proposed => "拟列入（待审核）",
        ListEntryStatus.InForce => "已列入",
        ListEntryStatus.Expired => "已到期",
        ListEntryStatus.Removed => "已移出",
        ListEntryStatus.RemovedEarly => "提前移出",
        ListEntryStatus.Rejected => "不予列入",
        _ => status.ToString(),
    };
}
