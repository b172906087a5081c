using Huzhou.Credit.Contracts.Records;
using Npgsql;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// <see cref="ICreditRecordAggregates"/>: the serious penalties of a period counted per district from the partial index
/// <c>ix_credit_records_serious</c> (decision date, with subject and status) and the subjects' primary key — the work is
/// the period's serious penalties, not the record store.
/// </summary>
internal sealed class CreditRecordAggregates(NpgsqlDataSource dataSource) : ICreditRecordAggregates
{
    private static readonly string CountSql = $"""
        SELECT s.district_code, count(*)
        FROM credit.credit_records r
        JOIN credit.subjects s ON s.id = r.subject_id
        WHERE r.penalty_class = {CreditRecordLiterals.Serious} AND r.decision_date BETWEEN @from AND @to AND r.status <> {CreditRecordLiterals.Revoked}
        GROUP BY s.district_code
        """;

    private static readonly string ListSql = $"""
        SELECT r.subject_id, r.id, s.district_code, r.item_code, r.provider_department, r.source_key, r.decision_date
        FROM credit.credit_records r
        JOIN credit.subjects s ON s.id = r.subject_id
        WHERE r.penalty_class = {CreditRecordLiterals.Serious} AND r.decision_date BETWEEN @from AND @to AND r.status <> {CreditRecordLiterals.Revoked}
          AND (@district::text IS NULL OR s.district_code = @district)
        ORDER BY r.decision_date DESC, r.subject_id, r.id
        LIMIT @limit
        """;

    private const string City = "330500";

    public async Task<IReadOnlyList<DistrictRecordCount>> SeriousPenaltiesByDistrictAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(CountSql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("from", from));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("to", to));
        var counts = new List<DistrictRecordCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new DistrictRecordCount(reader.GetString(0), reader.GetInt64(1)));
        }

        return counts;
    }

    public async Task<IReadOnlyList<SeriousPenaltyEntry>> SeriousPenaltiesAsync(DateOnly from, DateOnly to, string? districtCode, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(ListSql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("from", from));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("to", to));
        command.Parameters.Add(new NpgsqlParameter("district", NpgsqlTypes.NpgsqlDbType.Text) { Value = districtCode is null or City ? DBNull.Value : districtCode });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", Math.Clamp(limit, 1, 500)));
        var rows = new List<SeriousPenaltyEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SeriousPenaltyEntry(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetFieldValue<DateOnly>(6)));
        }

        return rows;
    }
}
