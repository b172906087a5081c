using System.Text.Json;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// Computes subjects' credit status rows from the owning modules (the registry, the lists, the record store) through
/// their contracts and writes them set-based. Idempotent: a row is always recomputed from the sources, never patched,
/// so handling an event twice, out of order or after a rebuild gives the same row. Refreshes of one subject may run at
/// the same moment (two events handled by two processes' dispatchers, a check computing a row on the spot): each draws a
/// number before it reads the sources and writes only over a row of an older number, so the row is always the one of
/// the refresh that read last — a slow refresh that read before a list entry was approved cannot overwrite the row a
/// refresh after the approval wrote.
/// </summary>
internal sealed class CreditStatusProjector(
    NpgsqlDataSource dataSource,
    ISubjectDirectory subjects,
    IListStanding lists,
    ICreditRecordFacts records,
    IEnumerable<IEvaluationGrades> evaluations,
    IEnumerable<ICommitmentBreaches> commitments,
    TimeProvider clock)
{
    /// <summary>Bad records kept per penalty class: enough for any "class ≥ K within N months" and the facts shown.</summary>
    public const int BadRecordsPerClass = 5;

    /// <summary>Breached commitments kept per subject, newest first: enough for "within N months" and the facts shown.</summary>
    public const int BreachesPerSubject = 5;

    /// <summary>Subjects computed per round trip to the sources.</summary>
    public const int ChunkSize = 5_000;

    private const string Upsert = """
        INSERT INTO credit.sanction_credit_status
            (subject_id, lookup_key, is_person, pending_verification, name, display_code, district_code, lists, bad_records, grades, breaches, refreshed_at, refresh_number)
        SELECT u.id, u.lookup_key, u.is_person, u.pending, u.name, u.display_code, u.district_code, u.lists, u.bad_records, u.grades, u.breaches, @now, @number
        FROM unnest(@ids, @keys, @persons, @pending, @names, @codes, @districts, @lists, @bad, @grades, @breaches)
            AS u(id, lookup_key, is_person, pending, name, display_code, district_code, lists, bad_records, grades, breaches)
        ON CONFLICT (subject_id) DO UPDATE SET
            lookup_key = excluded.lookup_key, is_person = excluded.is_person, pending_verification = excluded.pending_verification,
            name = excluded.name, display_code = excluded.display_code, district_code = excluded.district_code,
            lists = excluded.lists, bad_records = excluded.bad_records, grades = excluded.grades, breaches = excluded.breaches, refreshed_at = excluded.refreshed_at,
            refresh_number = excluded.refresh_number
        WHERE sanction_credit_status.refresh_number < excluded.refresh_number
        """;

    private const string NextNumber = $"SELECT nextval('credit.{Persistence.SanctionsDbContext.CreditStatusRefreshes}')";

    /// <summary>Recomputes the rows of these subjects; a subject the registry no longer knows loses its row.</summary>
    public async Task<int> RefreshAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var chunk in subjectIds.Distinct().Chunk(ChunkSize))
        {
            try
            {
                written += await RefreshChunkAsync(chunk, cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                // Two refreshes of a subject that has no row yet (its registration event and a check computing the
                // row on the spot) can insert at the same moment: the upsert's ON CONFLICT names subject_id, so the
                // second trips over the other unique index, lookup_key. The row exists now: once more updates it.
                written += await RefreshChunkAsync(chunk, cancellationToken);
            }
        }

        return written;
    }

    private async Task<int> RefreshChunkAsync(long[] ids, CancellationToken cancellationToken)
    {
        // Drawn before the sources are read (see the class comment).
        long number;
        await using (var next = dataSource.CreateCommand(NextNumber))
        {
            number = (long)(await next.ExecuteScalarAsync(cancellationToken))!;
        }

        var entries = await subjects.GetLookupEntriesAsync(ids, cancellationToken);
        var standing = await lists.ApprovedEntriesAsync(ids, cancellationToken);
        var bad = await records.LatestBadRecordsAsync(ids, BadRecordsPerClass, cancellationToken);
        var grades = new Dictionary<long, IReadOnlyList<EvaluationGrade>>();
        foreach (var evaluation in evaluations)
        {
            foreach (var (id, g) in await evaluation.CurrentGradesAsync(ids, cancellationToken))
            {
                grades[id] = g;
            }
        }

        var breaches = new Dictionary<long, IReadOnlyList<CommitmentBreach>>();
        foreach (var source in commitments)
        {
            foreach (var (id, b) in await source.LatestBreachesAsync(ids, BreachesPerSubject, cancellationToken))
            {
                breaches[id] = b;
            }
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var upsert = new NpgsqlCommand(Upsert, connection, transaction))
        {
            var p = upsert.Parameters;
            p.AddUnnest(entries)
                .Column("ids", e => e.Subject.SubjectId)
                .Column("keys", e => e.LookupKey)
                .Column("persons", e => e.Subject.IsPerson)
                .Column("pending", e => e.Subject.PendingVerification)
                .Column("names", e => e.Subject.Name)
                .Column("codes", e => e.Subject.DisplayCode)
                .Column("districts", e => e.Subject.DistrictCode)
                .Column("lists", e => standing.TryGetValue(e.Subject.SubjectId, out var l) && l.Count > 0
                    ? JsonSerializer.Serialize(l.ToArray(), CreditStatusJson.Readable.ListStandingEntryArray)
                    : null, NpgsqlDbType.Text)
                .Column("bad", e => bad.TryGetValue(e.Subject.SubjectId, out var b) && b.Count > 0
                    ? JsonSerializer.Serialize(b.OrderByDescending(r => r.DecisionDate).ToArray(), CreditStatusJson.Readable.BadRecordFactArray)
                    : null, NpgsqlDbType.Text)
                .Column("grades", e => grades.TryGetValue(e.Subject.SubjectId, out var g) && g.Count > 0
                    ? JsonSerializer.Serialize(g.ToArray(), CreditStatusJson.Readable.EvaluationGradeArray)
                    : null, NpgsqlDbType.Text)
                .Column("breaches", e => breaches.TryGetValue(e.Subject.SubjectId, out var b) && b.Count > 0
                    ? JsonSerializer.Serialize(b.ToArray(), CreditStatusJson.Readable.CommitmentBreachArray)
                    : null, NpgsqlDbType.Text);
            p.Add(new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow()));
            p.Add(new NpgsqlParameter<long>("number", number));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (entries.Count < ids.Length)
        {
            await using var delete = new NpgsqlCommand(
                "DELETE FROM credit.sanction_credit_status WHERE subject_id = ANY(@gone) AND refresh_number < @number", connection, transaction);
            var known = entries.Select(e => e.Subject.SubjectId).ToHashSet();
            delete.Parameters.Add(new NpgsqlParameter<long[]>("gone", ids.Where(id => !known.Contains(id)).ToArray()));
            delete.Parameters.Add(new NpgsqlParameter<long>("number", number));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return entries.Count;
    }
}
