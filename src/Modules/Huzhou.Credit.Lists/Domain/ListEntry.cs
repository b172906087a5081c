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

/// <summary>Where an entry came from.</summary>
internal enum ListEntrySource : short
{
    /// <summary>本地认定: proposed by a department of the city and approved by the credit office.</summary>
    Local = 1,

    /// <summary>省公共信用信息平台推送: decided elsewhere, imported in force from the provincial platform's file.</summary>
    ProvincialPlatform = 2,

    /// <summary>全国信用信息共享平台推送: decided elsewhere, imported in force from the national platform's file.</summary>
    NationalPlatform = 3,
}

internal static class ListEntrySources
{
    /// <summary>The platforms a file can be imported from, in the order the import form offers them.</summary>
    public static IReadOnlyList<ListEntrySource> Platforms { get; } = [ListEntrySource.ProvincialPlatform, ListEntrySource.NationalPlatform];

    public static string DisplayName(ListEntrySource source) => source switch
    {
        ListEntrySource.Local => "本地认定（部门提出、信用办审核）",
        ListEntrySource.ProvincialPlatform => "省公共信用信息平台",
        ListEntrySource.NationalPlatform => "全国信用信息共享平台",
        _ => source.ToString(),
    };

    /// <summary>The change-history reason of an entry imported in force from <paramref name="source"/>.</summary>
    public static string ImportReason(ListEntrySource source) =>
        source == ListEntrySource.NationalPlatform ? "国家平台推送，直接列入" : "省平台推送，直接列入";
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
