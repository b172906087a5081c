using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Lists.Domain;

/// <summary>
/// A kind of list (domain.md §4), as data: a black list exists only with a basis in law or a State Council
/// document; a red list is local, with its source document. Edited by the credit office, never deleted.
/// </summary>
internal sealed class ListType
{
    /// <summary>Stable code, e.g. <c>SXBZXR</c> (失信被执行人).</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public ListKind Kind { get; set; }

    /// <summary>认定依据: the law, regulation or document the list rests on.</summary>
    public string LegalBasis { get; set; } = "";

    /// <summary>认定机关: who decides an entry (e.g. 人民法院, 税务机关).</summary>
    public string DecidingAuthority { get; set; } = "";

    /// <summary>The subject kinds that can be listed (<see cref="SubjectKind"/> values).</summary>
    public short[] SubjectKinds { get; set; } = [];

    public bool Allows(SubjectKind kind) => SubjectKinds.Contains((short)kind);

    /// <summary>列入标准.</summary>
    public string EntryCriteria { get; set; } = "";

    /// <summary>How long an entry is in force, in months; null: until removed.</summary>
    public int? ValidityMonths { get; set; }

    /// <summary>Whether an entry may be removed before it expires (提前移出), and on what conditions.</summary>
    public bool EarlyExitAllowed { get; set; }

    public string? EarlyExitConditions { get; set; }

    /// <summary>
    /// When set, the minimum time before early exit counts not from the entry's effective date but from the day the
    /// obligation was met (<see cref="ListEntry.ObligationMetOn"/>), and this names that event, e.g. 清偿拖欠工资 (人社部令
    /// 第45号: 自改正之日起). Without that day on the entry, early exit is not yet possible. Null: counts from listing.
    /// </summary>
    public string? EarlyExitCountsFrom { get; set; }

    /// <summary>Months an entry must have been in force before early exit may be asked for (列入满一年 ...); null: no minimum.</summary>
    public int? EarlyExitAfterMonths { get; set; }

    /// <summary>
    /// The statement period (陈述申辩期) after the prior notice (事前告知) of a black-list entry, in working days of the
    /// shared calendar; approval waits for it to pass or for the subject's answer. Default 5.
    /// </summary>
    public int StatementPeriodWorkingDays { get; set; } = 5;

    /// <summary>
    /// The departments (codes of the department catalogue) that are an authority for this list and so may propose
    /// entries on it (谁认定、谁提出), e.g. the courts for 失信被执行人. Empty: only the credit office may propose.
    /// Kept by the city credit office on <c>/lists/types/{code}/authorities</c>.
    /// </summary>
    public string[] AuthorityDepartments { get; set; } = [];

    /// <summary>
    /// Whether a user of <paramref name="departmentCode"/> may propose entries on this list: the department is one of its
    /// authorities, or the list names none and the user is of the credit office.
    /// </summary>
    public bool MayBeProposedBy(string? departmentCode, bool creditOffice) =>
        AuthorityDepartments.Length == 0
            ? creditOffice
            : !string.IsNullOrEmpty(departmentCode) && AuthorityDepartments.Contains(departmentCode, StringComparer.Ordinal);

    /// <summary>The measures the list triggers, as text until the sanctions module holds them as data.</summary>
    public string Measures { get; set; } = "";

    /// <summary>Display order.</summary>
    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}
