using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Security;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// Encrypts the personal payload values of records written before ADR 0015 (and of their history): each clear value of a
/// personal field is replaced by its masked form in the payload, the clear values go AES-256-GCM encrypted into
/// <c>personal</c> (<c>old_personal</c> for history rows) and the content hash is recomputed as the writer computes it,
/// so a later re-delivery of the same row counts as unchanged. Run by <c>migrate</c> after the schema migrations
/// (<see cref="IDataMigration"/>): in batches of <see cref="BatchSize"/> rows in key order, each batch committed with
/// its position in <c>credit.record_data_migrations</c>, so a stopped run resumes where it stopped; a finished run is
/// marked and later runs return at once; a value already masked (it holds <c>*</c>) is left alone, so running it twice
/// changes nothing. The key lives in configuration, which is why this is not an EF migration.
/// </summary>
internal sealed class PersonalPayloadMigration(NpgsqlDataSource dataSource, PersonalDataProtector protector, ICatalogue catalogue, ILogger<PersonalPayloadMigration> logger)
    : IDataMigration
{
    public const string MigrationName = "personal-payload-fields";

    public const int BatchSize = 2_000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => MigrationName;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using (var state = dataSource.CreateCommand(
            "INSERT INTO credit.record_data_migrations (name) VALUES (@name) ON CONFLICT (name) DO NOTHING"))
        {
            state.Parameters.Add(new NpgsqlParameter<string>("name", MigrationName));
            await state.ExecuteNonQueryAsync(cancellationToken);
        }

        long afterSubject, afterId, historySubject, historyId;
        await using (var read = dataSource.CreateCommand(
            "SELECT records_after_subject, records_after_id, history_after_subject, history_after_id, completed_at IS NOT NULL FROM credit.record_data_migrations WHERE name = @name"))
        {
            read.Parameters.Add(new NpgsqlParameter<string>("name", MigrationName));
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (reader.GetBoolean(4))
            {
                return "done earlier";
            }

            (afterSubject, afterId, historySubject, historyId) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }

        var versions = await PersonalVersionsAsync(catalogue, cancellationToken);
        long records = 0, history = 0;
        if (versions.Count > 0)
        {
            var items = versions.Keys.Select(k => k.Item).Distinct(StringComparer.Ordinal).ToArray();
            while (true)
            {
                var (count, last, changed) = await RecordsBatchAsync(items, versions, afterSubject, afterId, cancellationToken);
                records += changed;
                if (count == 0)
                {
                    break;
                }

                (afterSubject, afterId) = last;
            }
        }

        while (true)
        {
            var (count, last, changed) = await HistoryBatchAsync(versions, historySubject, historyId, cancellationToken);
            history += changed;
            if (count == 0)
            {
                break;
            }

            (historySubject, historyId) = last;
        }

        await using (var done = dataSource.CreateCommand("UPDATE credit.record_data_migrations SET completed_at = now() WHERE name = @name"))
        {
            done.Parameters.Add(new NpgsqlParameter<string>("name", MigrationName));
            await done.ExecuteNonQueryAsync(cancellationToken);
        }

        logger.LogInformation("Personal payload values encrypted: {Records} records, {History} history rows", records, history);
        return $"{records} records and {history} history rows encrypted";
    }

    /// <summary>Every version of every item that has a personal field (retired ones too: their records remain).</summary>
    private static async Task<Dictionary<(string Item, int Version), CatalogueItemVersion>> PersonalVersionsAsync(ICatalogue catalogue, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(string, int), CatalogueItemVersion>();
        foreach (var item in await catalogue.ListItemsAsync(includeRetired: true, cancellationToken))
        {
            for (var v = 1; v <= item.CurrentVersion; v++)
            {
                if (await catalogue.GetVersionAsync(item.ItemCode, v, cancellationToken) is { } version && version.Fields.Any(PersonalPayloadFields.IsPersonal))
                {
                    result[(item.ItemCode, v)] = version;
                }
            }
        }

        return result;
    }

    private async Task<(int Count, (long, long) Last, int Changed)> RecordsBatchAsync(
        string[] items, Dictionary<(string Item, int Version), CatalogueItemVersion> versions, long afterSubject, long afterId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = new List<(long Subject, long Id, string Payload, byte[] Personal, byte[] Hash)>();
        var count = 0;
        (long, long) last = (afterSubject, afterId);
        await using (var select = new NpgsqlCommand(
            """
            SELECT subject_id, id, item_code, item_version, decision_date, publicity_start, publicity_end, publicity_minimum_end,
                penalty_class, rule_version, published, payload
            FROM credit.credit_records
            WHERE (subject_id, id) > (@subject, @id) AND personal IS NULL AND item_code = ANY(@items)
            ORDER BY subject_id, id
            LIMIT @limit
            FOR UPDATE
            """, connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter<long>("subject", afterSubject));
            select.Parameters.Add(new NpgsqlParameter<long>("id", afterId));
            select.Parameters.Add(new NpgsqlParameter<string[]>("items", items));
            select.Parameters.Add(new NpgsqlParameter<int>("limit", BatchSize));
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            var scratch = new byte[32];
            while (await reader.ReadAsync(cancellationToken))
            {
                count++;
                var subject = reader.GetInt64(0);
                var id = reader.GetInt64(1);
                last = (subject, id);
                if (!versions.TryGetValue((reader.GetString(2), reader.GetInt32(3)), out var version))
                {
                    continue;
                }

                var payload = reader.GetString(11);
                if (Protect(payload, version, idLike: false) is not { } protectedPayload)
                {
                    continue;
                }

                var period = new PublicityPeriod(
                    reader.GetFieldValue<DateOnly>(5),
                    reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                    reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7),
                    reader.IsDBNull(8) ? null : (PenaltyClass)reader.GetInt16(8),
                    reader.GetString(9),
                    reader.GetBoolean(10));
                var record = new IncomingCreditRecord(0, SubjectKeyKind.Uscc, "", "", version.ItemCode, version.Version, "",
                    reader.GetFieldValue<DateOnly>(4), period, protectedPayload.Payload, null, protectedPayload.Personal);
                rows.Add((subject, id, protectedPayload.Payload, protector.Encrypt(protectedPayload.Personal ?? "{}"),
                    ContentHash.Compute(record, scratch, protector)));
            }
        }

        if (rows.Count > 0)
        {
            await using var update = new NpgsqlCommand(
                """
                UPDATE credit.credit_records r SET payload = u.payload, personal = u.personal, payload_hash = u.hash
                FROM unnest(@subjects::bigint[], @ids::bigint[], @payloads::text[], @personals::bytea[], @hashes::bytea[]) AS u(subject_id, id, payload, personal, hash)
                WHERE r.subject_id = u.subject_id AND r.id = u.id AND r.personal IS NULL
                """, connection, transaction);
            update.Parameters.AddUnnest(rows)
                .Column("subjects", r => r.Subject)
                .Column("ids", r => r.Id)
                .Column("payloads", r => r.Payload)
                .Column("personals", r => r.Personal)
                .Column("hashes", r => r.Hash);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await SavePositionAsync(connection, transaction, "records", last, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (count, last, rows.Count);
    }

    private async Task<(int Count, (long, long) Last, int Changed)> HistoryBatchAsync(
        Dictionary<(string Item, int Version), CatalogueItemVersion> versions, long afterSubject, long afterId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = new List<(long Subject, long Id, string Payload, byte[] Personal)>();
        var count = 0;
        (long, long) last = (afterSubject, afterId);
        await using (var select = new NpgsqlCommand(
            """
            SELECT c.subject_id, c.id, r.item_code, r.item_version, c.old_payload
            FROM credit.credit_record_changes c
            LEFT JOIN credit.credit_records r ON r.subject_id = c.subject_id AND r.id = c.record_id
            WHERE (c.subject_id, c.id) > (@subject, @id) AND c.old_payload IS NOT NULL AND c.old_personal IS NULL
            ORDER BY c.subject_id, c.id
            LIMIT @limit
            """, connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter<long>("subject", afterSubject));
            select.Parameters.Add(new NpgsqlParameter<long>("id", afterId));
            select.Parameters.Add(new NpgsqlParameter<int>("limit", BatchSize));
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                count++;
                var subject = reader.GetInt64(0);
                var id = reader.GetInt64(1);
                last = (subject, id);
                // The old payload may belong to an earlier item version than the record's: the record's version names the
                // personal positions, and any value that reads as a resident ID number is protected wherever it stands.
                var version = reader.IsDBNull(2) ? null : versions.GetValueOrDefault((reader.GetString(2), reader.GetInt32(3)));
                if (Protect(reader.GetString(4), version, idLike: true) is { } protectedPayload)
                {
                    rows.Add((subject, id, protectedPayload.Payload, protector.Encrypt(protectedPayload.Personal ?? "{}")));
                }
            }
        }

        if (rows.Count > 0)
        {
            await using var update = new NpgsqlCommand(
                """
                UPDATE credit.credit_record_changes c SET old_payload = u.payload, old_personal = u.personal
                FROM unnest(@subjects::bigint[], @ids::bigint[], @payloads::text[], @personals::bytea[]) AS u(subject_id, id, payload, personal)
                WHERE c.subject_id = u.subject_id AND c.id = u.id AND c.old_personal IS NULL
                """, connection, transaction);
            update.Parameters.AddUnnest(rows)
                .Column("subjects", r => r.Subject)
                .Column("ids", r => r.Id)
                .Column("payloads", r => r.Payload)
                .Column("personals", r => r.Personal);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await SavePositionAsync(connection, transaction, "history", last, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (count, last, rows.Count);
    }

    private static async Task SavePositionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string part, (long Subject, long Id) last, CancellationToken cancellationToken)
    {
        await using var save = new NpgsqlCommand(
            $"UPDATE credit.record_data_migrations SET {part}_after_subject = @subject, {part}_after_id = @id WHERE name = @name", connection, transaction);
        save.Parameters.Add(new NpgsqlParameter<long>("subject", last.Subject));
        save.Parameters.Add(new NpgsqlParameter<long>("id", last.Id));
        save.Parameters.Add(new NpgsqlParameter<string>("name", MigrationName));
        await save.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The payload with its clear personal values masked and those values (the ones <see cref="PersonalPayloadFields.IsEncrypted"/>
    /// names, and with <paramref name="idLike"/> any value reading as a resident ID number) as a JSON object keyed like
    /// the writer's; null when the payload holds no clear personal value.
    /// </summary>
    internal static (string Payload, string? Personal)? Protect(string payload, CatalogueItemVersion? version, bool idLike)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(payload);
        }
        catch (JsonException)
        {
            return null;
        }

        var personal = new SortedDictionary<int, (string Key, string Value)>();
        var changed = false;
        void Visit(JsonNode? node, CatalogueField? field, int order, string key, Action<JsonNode> replace, bool encrypted)
        {
            if (node is not JsonValue value || !value.TryGetValue<string>(out var text) || text.Length == 0 || PersonalPayloadFields.IsMasked(text))
            {
                return;
            }

            var isPersonal = field is not null && PersonalPayloadFields.IsPersonal(field);
            var looksLikeId = idLike && PersonalPayloadFields.LooksLikeResidentId(text);
            if (!isPersonal && !looksLikeId)
            {
                return;
            }

            var masked = field is not null && isPersonal
                ? PersonalPayloadFields.Mask(field, text)
                : Huzhou.Credit.SharedKernel.Identifiers.Masking.IdNumber(text);
            if (masked == text)
            {
                return;
            }

            replace(JsonValue.Create(masked)!);
            changed = true;
            if (encrypted || looksLikeId)
            {
                personal[order] = (key, text);
            }
        }

        switch (root)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var index = i;
                    var field = version is not null && i < version.Fields.Count ? version.Fields[i] : null;
                    var encrypted = version is not null && field is not null && PersonalPayloadFields.IsEncrypted(version, i);
                    Visit(array[i], field, i, i.ToString(System.Globalization.CultureInfo.InvariantCulture), n => array[index] = n, encrypted);
                }

                break;
            case JsonObject obj:
                var order = 0;
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var fieldIndex = version is null ? -1 : version.Fields.ToList().FindIndex(f => f.Key == name || f.Label == name);
                    var field = fieldIndex >= 0 ? version!.Fields[fieldIndex] : null;
                    var encrypted = fieldIndex >= 0 && PersonalPayloadFields.IsEncrypted(version!, fieldIndex);
                    Visit(obj[name], field, order++, name, n => obj[name] = n, encrypted);
                }

                break;
            default:
                return null;
        }

        if (!changed)
        {
            return null;
        }

        var text = root.ToJsonString(Json);
        var values = personal.Count == 0 ? null : JsonSerializer.Serialize(personal.Values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), Json);
        return (text, values);
    }
}
