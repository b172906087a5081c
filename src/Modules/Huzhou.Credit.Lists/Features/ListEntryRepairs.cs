using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>The lists' side of credit repair (<see cref="IListEntryRepairs"/>): black-list entries with their exit rules, and early removal.</summary>
internal sealed class ListEntryRepairs(ListsDbContext db, TimeProvider clock) : IListEntryRepairs
{
    public async Task<IReadOnlyList<RepairableListEntry>> BlackEntriesAsync(long subjectId, CancellationToken cancellationToken = default) =>
        await db.Entries.AsNoTracking()
            .Where(e => e.SubjectId == subjectId && e.Status == ListEntryStatus.InForce)
            .Join(db.ListTypes.Where(t => t.Kind == ListKind.Black), e => e.ListTypeCode, t => t.Code, (e, t) => new { e, t })
            .OrderByDescending(x => x.e.EffectiveFrom).ThenByDescending(x => x.e.Id)
            .Select(x => new RepairableListEntry(
                x.e.Id, x.e.SubjectId, x.t.Code, x.t.Name, x.e.DocumentNumber, x.e.DecidingAuthority, x.e.DecisionDate, x.e.EffectiveFrom, x.e.ExpiresOn,
                x.e.SourceDepartment, x.e.Source != ListEntrySource.Local, x.t.EarlyExitAllowed, x.t.EarlyExitConditions, x.t.EarlyExitAfterMonths, x.e.Reason,
                x.t.EarlyExitCountsFrom, x.e.ObligationMetOn))
            .ToListAsync(cancellationToken);

    public async Task<Result> RemoveForRepairAsync(long subjectId, long entryId, string actor, string reason, string basis, CancellationToken cancellationToken = default)
    {
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.Id == entryId && e.SubjectId == subjectId, cancellationToken);
        if (entry is null || entry.Status != ListEntryStatus.InForce)
        {
            return Result.Failure("该名单记录不存在或已不在列入状态。");
        }

        var type = await db.ListTypes.AsNoTracking().FirstAsync(t => t.Code == entry.ListTypeCode, cancellationToken);
        if (!type.EarlyExitAllowed)
        {
            return Result.Failure($"“{type.Name}”不允许提前移出。");
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        entry.Status = ListEntryStatus.RemovedEarly;
        entry.ClosingReason = reason;
        entry.ClosingBasis = basis;
        entry.ClosedOn = ShanghaiTime.Today(clock);
        entry.UpdatedAt = now;
        db.Changes.Add(new ListEntryChange { EntryId = entry.Id, ChangedAt = now, ChangedBy = actor, OldStatus = ListEntryStatus.InForce, NewStatus = ListEntryStatus.RemovedEarly, Reason = reason });
        await db.SaveChangesAsync(cancellationToken);
        await Outbox.WriteAsync(db, [new ListEntriesChanged([entry.SubjectId])], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
