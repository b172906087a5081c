using System.Runtime.CompilerServices;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Npgsql;

namespace Huzhou.Credit.Subjects.Records;

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
    // Item, class, state and age are packed into one integer key ((item * 8 + class * 2 + repaired) * 16 + age, age 15 =
    // older than asked): hashing two integers instead of five mixed columns makes the aggregate about a third cheaper.
    private static readonly string Select = $$"""
        SELECT r.subject_id,
               (array_position(@items, r.item_code::text) * 8 + coalesce(r.penalty_class, 0) * 2 + (r.status = {{CreditRecordLiterals.Repaired}})::int) * 16
                 + CASE WHEN r.decision_date > @cutoff THEN greatest(@asOf - r.decision_date, 0) * 4 / 1461 ELSE 15 END AS k,
               CASE WHEN r.item_code = ANY(@detailItems)
                    THEN r.payload::json ->> (@detailPositions)[array_position(@detailItems, r.item_code::text)] END AS detail,
               count(*)::int,
               max(r.decision_date::text || '|' || r.payload) FILTER (WHERE r.item_code = ANY(@latestItems)) AS latest
        FROM @@table r
        WHERE r.status <> {{CreditRecordLiterals.Revoked}} AND r.item_code = ANY(@items) AND (r.decision_date > @cutoff OR r.item_code = ANY(@latestItems)) @@filter
        GROUP BY 1, 2, 3
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
        if (request.Items.Count == 0)
        {
            yield break;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A partition's groups fit in memory: hash aggregation instead of a sort spilling to disk. A list of subjects
        // touches all 16 partitions: JIT-compiling the plan's expressions for each of them cost 8 s for a 5 ms query.
        await using (var set = new NpgsqlCommand(ids is null ? "SET LOCAL work_mem = '256MB'" : "SET LOCAL work_mem = '256MB'; SET LOCAL jit = off", connection, transaction))
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
        var items = request.Items.Distinct().ToArray();
        command.Parameters.Add(new NpgsqlParameter<string[]>("items", items));
        if (ids is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<long[]>("ids", ids));
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetInt32(1);
            var age = key % 16;
            var rest = key / 16;
            var penaltyClass = (short)(rest / 2 % 4);
            yield return new RecordTally(
                reader.GetInt64(0),
                items[(rest / 8) - 1],
                penaltyClass == 0 ? null : (PenaltyClass)penaltyClass,
                rest % 2 == 1,
                (short)(age == 15 ? -1 : age),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4));
        }
    }
}
