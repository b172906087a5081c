using System.Text.Json;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// Reads the credit status on the check path: an indexed lookup by key, grouped with the lookups of concurrent
/// checks (<see cref="CreditStatusLookups"/>), on the check path's pool, no DbContext.
/// A subject the projection has not reached yet (registered a moment ago, its event not yet dispatched) is found
/// in the registry and its row computed on the spot, so a check never answers "not found" for a registered subject.
/// </summary>
internal sealed class CreditStatusStore(CheckPathDatabase database, CreditStatusLookups lookups, PersonalDataProtector protector, ISubjectCodeLookup registry, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The check path's pool (single statements only, so it may be multiplexed: Sanctions:CheckPathMultiplexing).</summary>
    private readonly NpgsqlDataSource _source = database.Source;

    internal const string Columns = "subject_id, is_person, pending_verification, name, display_code, district_code, lists, bad_records, refreshed_at, grades, breaches";

    // The statements as constants: the check path builds no SQL text per call (and the auto-prepared statement is
    // found by the same string instance).
    private const string BySubject = $"SELECT {Columns} FROM credit.sanction_credit_status WHERE subject_id = $1";

    public async Task<CreditStatusSnapshot?> FindByCodeAsync(SubjectCode code, CancellationToken cancellationToken)
    {
        var keys = SubjectLookupKey.Candidates(code, protector);
        if (keys.Length == 0)
        {
            return null;
        }

        // Grouped with the lookups of the checks arriving at the same moment: one statement for all their keys.
        if (await lookups.FindAsync(keys) is { } found)
        {
            return found;
        }

        // Not in the credit status: an unknown code (answered "not found" without a scope or a DbContext), or a
        // subject registered a moment ago.
        if (await registry.FindByCodeAsync(code.Text, cancellationToken) is not { } subject)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CreditStatusProjector>().RefreshAsync([subject.SubjectId], cancellationToken);
        return await GetAsync(subject.SubjectId, cancellationToken);
    }

    public Task<CreditStatusSnapshot?> GetAsync(long subjectId, CancellationToken cancellationToken) =>
        ReadAsync(BySubject, subjectId, cancellationToken);

    /// <summary>The facts of many subjects (the rule editor's replay); subjects without a row are absent.</summary>
    public async Task<IReadOnlyDictionary<long, CreditStatusSnapshot>> GetManyAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, CreditStatusSnapshot>();
        await using var command = _source.CreateCommand($"SELECT {Columns} FROM credit.sanction_credit_status WHERE subject_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = subjectIds.Distinct().ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = Map(reader);
            result[row.Subject.SubjectId] = row;
        }

        return result;
    }

    public DateOnly Today => ShanghaiTime.Today(clock);

    private async Task<CreditStatusSnapshot?> ReadAsync<T>(string sql, T value, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Map(reader) : null;
    }

    internal static CreditStatusSnapshot Map(NpgsqlDataReader reader) => new(
        new ResolvedSubject(reader.GetInt64(0), reader.GetBoolean(1), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetBoolean(2)),
        Json(reader, 6, CreditStatusJson.Readable.ListStandingEntryArray),
        Json(reader, 7, CreditStatusJson.Readable.BadRecordFactArray),
        reader.GetFieldValue<DateTimeOffset>(8),
        Json(reader, 9, CreditStatusJson.Readable.EvaluationGradeArray))
    {
        Breaches = Json(reader, 10, CreditStatusJson.Readable.CommitmentBreachArray),
    };

    /// <summary>
    /// A JSON text column parsed from its UTF-8 bytes as they arrive (Npgsql always talks UTF-8): no string
    /// in between, which would be decoded to UTF-16 only for the parser to encode it back.
    /// </summary>
    private static T[] Json<T>(NpgsqlDataReader reader, int ordinal, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T[]> type) =>
        reader.IsDBNull(ordinal) ? [] : JsonSerializer.Deserialize(reader.GetFieldValue<byte[]>(ordinal), type) ?? [];
}
