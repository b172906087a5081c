using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>The record store's side of credit repair: the subject's bad records and the execution of a repair.</summary>
internal sealed class CreditRecordRepairs(SubjectsDbContext db, NpgsqlDataSource dataSource, ICatalogue catalogue, TimeProvider clock) : ICreditRecordRepairs
{
    public async Task<IReadOnlyList<RepairableRecord>> BadRecordsAsync(long subjectId, CancellationToken cancellationToken = default)
    {
        var items = await ItemsAsync(cancellationToken);
        var bad = items.Where(i => i.Value.Nature == InformationNature.Bad).Select(i => i.Key).ToArray();
        var records = await db.CreditRecords.AsNoTracking()
            .Where(r => r.SubjectId == subjectId && bad.Contains(r.ItemCode))
            .OrderByDescending(r => r.DecisionDate).ThenByDescending(r => r.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        var result = new List<RepairableRecord>(records.Count);
        foreach (var r in records)
        {
            result.Add(await ToRepairableAsync(r, items, cancellationToken));
        }

        return result;
    }

    public async Task<RepairableRecord?> GetAsync(long subjectId, long recordId, CancellationToken cancellationToken = default)
    {
        var record = await db.CreditRecords.AsNoTracking().FirstOrDefaultAsync(r => r.SubjectId == subjectId && r.Id == recordId, cancellationToken);
        return record is null ? null : await ToRepairableAsync(record, await ItemsAsync(cancellationToken), cancellationToken);
    }

    public Task<Result> MarkRepairedAsync(long subjectId, long recordId, string actor, string reason, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(subjectId, recordId, CreditRecordStatus.Repaired, actor, reason, cancellationToken);

    public Task<Result> MarkCorrectedAsync(long subjectId, long recordId, bool revoke, string actor, string reason, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(subjectId, recordId, revoke ? CreditRecordStatus.Revoked : CreditRecordStatus.Corrected, actor, reason, cancellationToken);

    private async Task<Result> ChangeStatusAsync(long subjectId, long recordId, CreditRecordStatus newStatus, string actor, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = new NpgsqlCommand(
            $$"""
            WITH old AS (
                SELECT subject_id, id, status FROM credit.credit_records WHERE subject_id = @subject AND id = @record FOR UPDATE
            ), moved AS (
                UPDATE credit.credit_records r SET status = @status, updated_at = @now
                FROM old WHERE r.subject_id = old.subject_id AND r.id = old.id AND old.status IN ({{CreditRecordLiterals.Active}}, {{CreditRecordLiterals.PublicityEnded}}, {{CreditRecordLiterals.Corrected}})
                RETURNING r.subject_id, r.id, old.status AS old_status
            )
            INSERT INTO credit.credit_record_changes (subject_id, record_id, changed_at, actor, what, old_status, new_status, reason)
            SELECT subject_id, id, @now, @actor, {{CreditRecordLiterals.StatusChanged}}, old_status, @status, @reason FROM moved
            """, connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter<long>("subject", subjectId));
            update.Parameters.Add(new NpgsqlParameter<long>("record", recordId));
            update.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow()));
            update.Parameters.Add(new NpgsqlParameter<string>("actor", actor));
            update.Parameters.Add(new NpgsqlParameter<string>("reason", reason));
            update.Parameters.Add(new NpgsqlParameter<short>("status", (short)newStatus));
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return Result.Failure("该信用记录不存在，或已修复、已撤销，不能再变更。");
            }
        }

        await Outbox.WriteAsync(connection, transaction, CreditRecordsChanged.For([subjectId]), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }

    private async Task<RepairableRecord> ToRepairableAsync(CreditRecord r, IReadOnlyDictionary<string, CatalogueItemSummary> items, CancellationToken cancellationToken)
    {
        var version = await catalogue.GetVersionAsync(r.ItemCode, r.ItemVersion, cancellationToken);
        var fields = version is null ? CreditRecordQueries.PayloadFields(r.Payload) : CreditRecordQueries.PayloadFields(r.Payload, version.Fields);
        items.TryGetValue(r.ItemCode, out var item);
        return new RepairableRecord(
            r.SubjectId, r.Id, r.ItemCode, item?.Name ?? r.ItemCode, r.ProviderDepartment, r.SourceKey, r.DecisionDate, r.PublicityEnd, r.PublicityMinimumEnd,
            r.PenaltyClass, r.RuleVersion, r.Status, item?.Nature == InformationNature.Bad, fields);
    }

    private async Task<IReadOnlyDictionary<string, CatalogueItemSummary>> ItemsAsync(CancellationToken cancellationToken)
    {
        return (await catalogue.ListItemsAsync(includeRetired: true, cancellationToken))
            .GroupBy(i => i.ItemCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
