using System.Runtime.CompilerServices;
using Huzhou.Credit.Contracts.Subjects;
using Npgsql;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Record counts for the grading models, aggregated where the records are: a bucket is one hash partition of
/// <c>credit.credit_records</c> (migration <c>CreditRecords</c>: MODULUS 16), read in one sequential pass with a hash
/// aggregate, so a full rescore reads each record once; a list of subjects walks the primary key instead.
/// </summary>
internal sealed class CreditRecordTallies(NpgsqlDataSource dataSource) : ICreditRecordTallies
{
    /// <summary>The records table's hash modulus.</summary>
    public const int Partitions = 16;

    public int BucketCount => Partitions;

    // Ages are whole years of 365.25 days. The detail is one payload position per item (payloads are JSON arrays,
    // ADR 0007; an older object payload answers null). The newest payload of a group sorts first as "date|payload".
    private const string Select = """
        SELECT r.subject_id, r.item_code, r.penalty_class, r.status = 3 AS repaired,
               CASE WHEN r.decision_date > @cutoff THEN (greatest(@asOf - r.decision_date, 0) * 4 / 1461)::smallint ELSE -1::smallint END AS age,
               CASE WHEN r.item_code = ANY(@detailItems)
                    THEN r.payload::json ->> (@detailPositions)[array_position(@detailItems, r.item_code::text)] END AS detail,
               count(*)::int,
               max(r.decision_date::text || '|' || r.payload) FILTER (WHERE r.item_code = ANY(@latestItems)) AS latest
        FROM @@table r
        WHERE r.status <> 4 AND (r.decision_date > @cutoff OR r.item_code = ANY(@latestItems)) @@filter
        GROUP BY 1, 2, 3, 4, 5, 6
        """;

    public IAsyncEnumerable<RecordTally> TallyBucketAsync(int bucket, RecordTallyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bucket);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(bucket, Partitions);
        return ReadAsync(Select.Replace("@@table", $"credit.credit_records_p{bucket:00}", StringComparison.Ordinal).Replace("@@filter", "", StringComparison.Ordinal), request, null, cancellationToken);
    }

    public IAsyncEnumerable<RecordTally> TallySubjectsAsync(IReadOnlyCollection<long> subjectIds, RecordTallyRequest request, CancellationToken cancellationToken = default) =>
        ReadAsync(Select.Replace("@@table", "credit.credit_records", StringComparison.Ordinal).Replace("@@filter", "AND r.subject_id = ANY(@ids)", StringComparison.Ordinal), request, subjectIds.Distinct().ToArray(), cancellationToken);

    private async IAsyncEnumerable<RecordTally> ReadAsync(string sql, RecordTallyRequest request, long[]? ids, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A partition's groups fit in memory: hash aggregation instead of a sort spilling to disk.
        await using (var set = new NpgsqlCommand("SET LOCAL work_mem = '256MB'", connection, transaction))
        {
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 600 };
        var detail = request.DetailFields.ToArray();
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("asOf", request.AsOf));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("cutoff", request.AsOf.AddYears(-Math.Max(1, request.Years))));
        command.Parameters.Add(new NpgsqlParameter<string[]>("detailItems", detail.Select(d => d.Key).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<int[]>("detailPositions", detail.Select(d => d.Value).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("latestItems", request.LatestPayloadItems.ToArray()));
        if (ids is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<long[]>("ids", ids));
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new RecordTally(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetInt16(2),
                reader.GetBoolean(3),
                reader.GetInt16(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7));
        }
    }
}
