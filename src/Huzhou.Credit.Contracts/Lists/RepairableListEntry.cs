namespace Huzhou.Credit.Contracts.Lists;

/// <summary>A list entry as a repair application sees it.</summary>
/// <param name="EntryId">Entry id.</param>
/// <param name="SubjectId">Subject.</param>
/// <param name="ListTypeCode">List type.</param>
/// <param name="ListName">Its name.</param>
/// <param name="DocumentNumber">The decision document number.</param>
/// <param name="DecidingAuthority">The authority that decided the listing.</param>
/// <param name="DecisionDate">Decision date.</param>
/// <param name="EffectiveFrom">In force from.</param>
/// <param name="ExpiresOn">Expiry (null: until removed).</param>
/// <param name="SourceDepartment">The department that proposed it (谁认定、谁修复: it reviews the repair).</param>
/// <param name="FromPlatform">Imported from the provincial or national platform (decided elsewhere).</param>
/// <param name="EarlyExitAllowed">Whether the list allows early exit.</param>
/// <param name="EarlyExitConditions">The conditions, as the list's standard states them.</param>
/// <param name="EarlyExitAfterMonths">Months in force before early exit may be asked for (null: none).</param>
/// <param name="Reason">列入事由.</param>
/// <param name="EarlyExitCountsFrom">When set, the minimum time counts from the day this obligation was met (e.g. 清偿拖欠工资), not from listing.</param>
/// <param name="ObligationMetOn">The day the obligation was met, as recorded on the entry (null: not recorded).</param>
public sealed record RepairableListEntry(
    long EntryId,
    long SubjectId,
    string ListTypeCode,
    string ListName,
    string DocumentNumber,
    string DecidingAuthority,
    DateOnly DecisionDate,
    DateOnly EffectiveFrom,
    DateOnly? ExpiresOn,
    string SourceDepartment,
    bool FromPlatform,
    bool EarlyExitAllowed,
    string? EarlyExitConditions,
    int? EarlyExitAfterMonths,
    string Reason,
    string? EarlyExitCountsFrom = null,
    DateOnly? ObligationMetOn = null);
