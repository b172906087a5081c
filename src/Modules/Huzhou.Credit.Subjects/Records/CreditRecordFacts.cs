using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>Bad records that count for the check rules: items of nature 失信, not repaired or revoked. One partition per query.</summary>
internal sealed class CreditRecordFacts(SubjectsDbContext db, ICatalogue catalogue) : ICreditRecordFacts
{
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<BadRecordFact>>> LatestBadRecordsAsync(IReadOnlyCollection<long> subjectIds, int perClass, CancellationToken cancellationToken = default)
    {
        var bad = await BadItemsAsync(cancellationToken);
        var result = new Dictionary<long, IReadOnlyList<BadRecordFact>>();
        if (bad.Count == 0 || subjectIds.Count == 0)
        {
            return result;
        }

        // Per subject and bad item, two short walks down the dossier index (subject, item, date desc): the newest
        // records of class 一般 or worse (a record without a class counts as 一般) and the newest 严重 ones. Each stops
        // after @perClass rows that count, so a subject with a hundred penalties costs a few heap reads, not a hundred.
        var sql = $$"""
            SELECT DISTINCT ON (s.id, t.id) s.id, t.item_code, t.source_key, t.decision_date, t.penalty_class, t.provider_department
            FROM unnest(@ids) AS s(id)
            CROSS JOIN unnest(@codes) AS c(code)
            CROSS JOIN LATERAL (
                (SELECT r.id, r.item_code, r.source_key, r.decision_date, r.penalty_class, r.provider_department
                 FROM credit.credit_records r
                 WHERE r.subject_id = s.id AND r.item_code = c.code AND r.status <> {{CreditRecordLiterals.Repaired}} AND r.status <> {{CreditRecordLiterals.Revoked}}
                   AND coalesce(r.penalty_class, {{CreditRecordLiterals.General}}) >= {{CreditRecordLiterals.General}}
                 ORDER BY r.decision_date DESC, r.id DESC LIMIT @perClass)
                UNION ALL
                (SELECT r.id, r.item_code, r.source_key, r.decision_date, r.penalty_class, r.provider_department
                 FROM credit.credit_records r
                 WHERE r.subject_id = s.id AND r.item_code = c.code AND r.status <> {{CreditRecordLiterals.Repaired}} AND r.status <> {{CreditRecordLiterals.Revoked}}
                   AND r.penalty_class = {{CreditRecordLiterals.Serious}}
                 ORDER BY r.decision_date DESC, r.id DESC LIMIT @perClass)
            ) t
            """;
        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            command.CommandTimeout = 300;
            command.Parameters.Add(new Npgsql.NpgsqlParameter<long[]>("ids", subjectIds.Distinct().ToArray()));
            command.Parameters.Add(new Npgsql.NpgsqlParameter<string[]>("codes", bad.Keys.ToArray()));
            command.Parameters.Add(new Npgsql.NpgsqlParameter<int>("perClass", perClass));
            var lists = new Dictionary<long, List<BadRecordFact>>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var subject = reader.GetInt64(0);
                if (!lists.TryGetValue(subject, out var list))
                {
                    lists[subject] = list = [];
                }

                list.Add(new BadRecordFact(
                    bad[reader.GetString(1)],
                    reader.GetString(2),
                    reader.GetFieldValue<DateOnly>(3),
                    reader.IsDBNull(4) ? null : (PenaltyClass)reader.GetInt16(4),
                    reader.GetString(5)));
            }

            foreach (var (subject, list) in lists)
            {
                result[subject] = list.OrderByDescending(r => r.DecisionDate).ToList();
            }

            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Items of nature 失信 (retired ones too: their records still count), code to name.</summary>
    private async Task<Dictionary<string, string>> BadItemsAsync(CancellationToken cancellationToken)
    {
        return (await catalogue.ListItemsAsync(includeRetired: true, cancellationToken))
            .Where(i => i.Nature == InformationNature.Bad)
            .GroupBy(i => i.ItemCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }
}
