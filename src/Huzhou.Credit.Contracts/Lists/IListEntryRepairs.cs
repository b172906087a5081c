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
