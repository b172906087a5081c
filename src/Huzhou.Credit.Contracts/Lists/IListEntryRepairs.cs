using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Contracts.Lists;

/// <summary>
/// What credit repair needs from the lists: a subject's black-list entries in force with their exit rules, and the
/// early removal (提前移出) of one after an approved repair. Implemented by the Lists module.
/// </summary>
public interface IListEntryRepairs
{
    /// <summary>The subject's approved, not removed black-list entries, newest first.</summary>
    Task<IReadOnlyList<RepairableListEntry>> BlackEntriesAsync(long subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the entry early (status 提前移出) because a repair was executed: closing reason and basis, a change row
    /// naming the actor, and <see cref="ListEntriesChanged"/> in one transaction. Refused when the entry is not in force
    /// or its list does not allow early exit. The caller checks its own permissions and audits.
    /// </summary>
    Task<Result> RemoveForRepairAsync(long subjectId, long entryId, string actor, string reason, string basis, CancellationToken cancellationToken = default);
}

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
    string Reason);
