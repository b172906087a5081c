using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Npgsql;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// Records becoming repairable (<see cref="IRepairableDays"/>): active records of bad items whose minimum publicity period
/// ends within the days asked, found through the partial index <c>ix_credit_records_minimum_end</c>
/// (<c>publicity_minimum_end WHERE status = 1</c>), one statement per page.
/// </summary>
internal sealed class RepairableDays(NpgsqlDataSource dataSource, ICatalogue catalogue) : IRepairableDays
{
    private static readonly string PageSql = $"""
        SELECT subject_id, id, item_code, source_key, penalty_class, publicity_minimum_end
        FROM credit.credit_records
        WHERE status = {CreditRecordLiterals.Active} AND publicity_minimum_end BETWEEN @from AND @to AND item_code = ANY(@items)
          AND (subject_id, id) > (@after_subject, @after_record)
        ORDER BY subject_id, id
        LIMIT @take
        """;

    private static readonly string SubjectSql = $"""
        SELECT subject_id, id, item_code, source_key, penalty_class, publicity_minimum_end
        FROM credit.credit_records
        WHERE subject_id = @subject AND status = {CreditRecordLiterals.Active} AND publicity_minimum_end BETWEEN @from AND @to AND item_code = ANY(@items)
        ORDER BY publicity_minimum_end DESC, id DESC
        LIMIT 100
        """;

    public async Task<IReadOnlyList<RepairableDayFact>> BecomingRepairableAsync(DateOnly from, DateOnly to, long afterSubjectId, long afterRecordId, int take, CancellationToken cancellationToken = default)
    {
        var items = await BadItemsAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(PageSql);
        command.CommandTimeout = 300;
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("from", from));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("to", to));
        command.Parameters.Add(new NpgsqlParameter<string[]>("items", [.. items.Keys]));
        command.Parameters.Add(new NpgsqlParameter<long>("after_subject", afterSubjectId));
        command.Parameters.Add(new NpgsqlParameter<long>("after_record", afterRecordId));
        command.Parameters.Add(new NpgsqlParameter<int>("take", Math.Clamp(take, 1, 50_000)));
        return await ReadAsync(command, items, cancellationToken);
    }

    public async Task<IReadOnlyList<RepairableDayFact>> ForSubjectAsync(long subjectId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var items = await BadItemsAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(SubjectSql);
        command.Parameters.Add(new NpgsqlParameter<long>("subject", subjectId));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("from", from));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("to", to));
        command.Parameters.Add(new NpgsqlParameter<string[]>("items", [.. items.Keys]));
        return await ReadAsync(command, items, cancellationToken);
    }

    private static async Task<IReadOnlyList<RepairableDayFact>> ReadAsync(NpgsqlCommand command, IReadOnlyDictionary<string, string> items, CancellationToken cancellationToken)
    {
        var facts = new List<RepairableDayFact>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            var item = r.GetString(2);
            facts.Add(new RepairableDayFact(r.GetInt64(0), r.GetInt64(1), items.GetValueOrDefault(item, item), r.GetString(3),
                r.IsDBNull(4) ? null : (PenaltyClass)r.GetInt16(4), r.GetFieldValue<DateOnly>(5)));
        }

        return facts;
    }

    private async Task<IReadOnlyDictionary<string, string>> BadItemsAsync(CancellationToken cancellationToken) =>
        (await catalogue.ListItemsAsync(includeRetired: true, cancellationToken))
            .Where(i => i.Nature == InformationNature.Bad)
            .GroupBy(i => i.ItemCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
}
