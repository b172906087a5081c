using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// Bad records written or leaving publicity since an instant, for many subjects in one statement: the records by
/// <c>created_at</c> (inserts keep no history row) and the history's status changes to 公示期满.
/// </summary>
internal sealed class CreditRecordChanges(SubjectsDbContext db, ICatalogue catalogue) : ICreditRecordChanges
{
    private static readonly string Sql = $"""
        SELECT r.subject_id, r.id, r.item_code, r.source_key, r.penalty_class, r.created_at, r.provider_department, 1
        FROM credit.credit_records r
        WHERE r.subject_id = ANY(@ids) AND r.item_code = ANY(@codes) AND r.created_at >= @since
          AND r.status <> {CreditRecordLiterals.Repaired} AND r.status <> {CreditRecordLiterals.Revoked}
        UNION ALL
        SELECT c.subject_id, c.record_id, r.item_code, r.source_key, r.penalty_class, c.changed_at, r.provider_department, 2
        FROM credit.credit_record_changes c
        JOIN credit.credit_records r ON r.subject_id = c.subject_id AND r.id = c.record_id
        WHERE c.subject_id = ANY(@ids) AND c.what = {CreditRecordLiterals.StatusChanged} AND c.new_status = {CreditRecordLiterals.PublicityEnded}
          AND c.changed_at >= @since AND r.item_code = ANY(@codes)
        """;

    public async Task<IReadOnlyList<RecordChangeFact>> ChangesSinceAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var bad = (await catalogue.ListItemsAsync(includeRetired: true, cancellationToken))
            .Where(i => i.Nature == InformationNature.Bad)
            .GroupBy(i => i.ItemCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        if (bad.Count == 0 || subjectIds.Count == 0)
        {
            return [];
        }

        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new Npgsql.NpgsqlCommand(Sql, connection);
            command.CommandTimeout = 300;
            command.Parameters.Add(new Npgsql.NpgsqlParameter<long[]>("ids", subjectIds.Distinct().ToArray()));
            command.Parameters.Add(new Npgsql.NpgsqlParameter<string[]>("codes", bad.Keys.ToArray()));
            command.Parameters.Add(new Npgsql.NpgsqlParameter<DateTime>("since", since.UtcDateTime));
            var facts = new List<RecordChangeFact>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                facts.Add(new RecordChangeFact(
                    reader.GetInt64(0),
                    reader.GetInt64(1),
                    bad[reader.GetString(2)],
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : (PenaltyClass)reader.GetInt16(4),
                    (RecordChangeKind)reader.GetInt32(7),
                    new DateTimeOffset(reader.GetFieldValue<DateTime>(5), TimeSpan.Zero),
                    reader.GetString(6)));
            }

            return facts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
