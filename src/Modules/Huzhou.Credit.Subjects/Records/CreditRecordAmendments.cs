using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// The record store's side of workflows kept on top of one item (commitments): the item's records of some subjects
/// with raw values, and single-field amendments with history (what = 更新, the old payload kept).
/// </summary>
internal sealed class CreditRecordAmendments(SubjectsDbContext db, NpgsqlDataSource dataSource, ICatalogue catalogue, PersonalDataProtector protector, TimeProvider clock) : ICreditRecordAmendments
{
    public async Task<IReadOnlyList<ItemRecord>> ListAsync(IReadOnlyCollection<long> subjectIds, string itemCode, CancellationToken cancellationToken = default)
    {
        if (subjectIds.Count == 0)
        {
            return [];
        }

        var ids = subjectIds.Distinct().ToArray();
        var records = await db.CreditRecords.AsNoTracking()
            .Where(r => ids.Contains(r.SubjectId) && r.ItemCode == itemCode)
            .Select(r => new { r.SubjectId, r.Id, r.SourceKey, r.DecisionDate, r.Status, r.ProviderDepartment, r.PublicityEnd, r.ItemVersion, r.Payload })
            .ToListAsync(cancellationToken);
        var labels = new Dictionary<int, IReadOnlyList<string>?>();
        var result = new List<ItemRecord>(records.Count);
        foreach (var r in records)
        {
            if (!labels.TryGetValue(r.ItemVersion, out var fieldLabels))
            {
                var version = await catalogue.GetVersionAsync(itemCode, r.ItemVersion, cancellationToken);
                fieldLabels = version?.Fields.Select(f => f.Label).ToList();
                labels[r.ItemVersion] = fieldLabels;
            }

            var values = CreditRecordQueries.PayloadFields(r.Payload, fieldLabels)
                .GroupBy(f => f.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            result.Add(new ItemRecord(r.SubjectId, r.Id, r.SourceKey, r.DecisionDate, r.Status, r.ProviderDepartment, r.PublicityEnd, values));
        }

        return result;
    }

    public async Task<Result> AmendAsync(long subjectId, string itemCode, string sourceKey, IReadOnlyDictionary<string, string?> changes, string actor, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long recordId;
        int itemVersion;
        string payload;
        byte[]? personalCipher;
        await using (var read = new NpgsqlCommand(
            "SELECT id, item_version, payload::text, personal FROM credit.credit_records WHERE subject_id = @subject AND item_code = @item AND source_key = @key FOR UPDATE",
            connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter<long>("subject", subjectId));
            read.Parameters.Add(new NpgsqlParameter<string>("item", itemCode));
            read.Parameters.Add(new NpgsqlParameter<string>("key", sourceKey));
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return Result.Failure($"信用记录 {itemCode} {sourceKey} 不存在。");
            }

            (recordId, itemVersion, payload) = (reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2));
            personalCipher = reader.IsDBNull(3) ? null : reader.GetFieldValue<byte[]>(3);
        }

        var version = await catalogue.GetVersionAsync(itemCode, itemVersion, cancellationToken);
        if (version is null)
        {
            return Result.Failure($"目录信息项 {itemCode} 第 {itemVersion} 版不存在。");
        }

        var node = JsonNode.Parse(payload)!;
        var changed = false;
        // Personal fields (ADR 0015): the payload takes the masked value, the clear one joins the record's encrypted values.
        var personal = personalCipher is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Decrypt(personalCipher)) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var personalChanged = false;
        foreach (var (label, value) in changes)
        {
            var position = version.Fields.ToList().FindIndex(f => string.Equals(f.Label, label, StringComparison.Ordinal) || string.Equals(f.Key, label, StringComparison.Ordinal));
            if (position < 0)
            {
                return Result.Failure($"“{label}”不是目录信息项 {itemCode} 第 {itemVersion} 版的字段。");
            }

            var field = version.Fields[position];
            var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (PersonalPayloadFields.IsPersonal(field) && text is not null)
            {
                var key = node is JsonArray ? position.ToString(System.Globalization.CultureInfo.InvariantCulture) : field.Key;
                if (PersonalPayloadFields.IsEncrypted(version, position) && (!personal.TryGetValue(key, out var old) || old != text))
                {
                    personal[key] = text;
                    personalChanged = true;
                }

                text = PersonalPayloadFields.Mask(field, text);
            }

            if (node is JsonArray array)
            {
                while (array.Count <= position)
                {
                    array.Add(null);
                }

                if (array[position]?.GetValue<string>() != text)
                {
                    array[position] = text is null ? null : JsonValue.Create(text);
                    changed = true;
                }
            }
            else if (node is JsonObject obj)
            {
                var key = obj.ContainsKey(field.Key) ? field.Key : field.Label;
                var current = obj[key]?.ToString();
                if (current != text)
                {
                    if (text is null)
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        obj[key] = text;
                    }

                    changed = true;
                }
            }
        }

        if (!changed && !personalChanged)
        {
            return Result.Success();
        }

        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var json = node.ToJsonString(options);
        var personalJson = personal.Count == 0 ? null : JsonSerializer.Serialize(personal, options);
        var hashed = personalJson is null ? json : json + "|" + Convert.ToHexString(protector.BlindIndex(personalJson));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{itemVersion}|amended|{hashed}")).AsSpan(0, 16).ToArray();
        await using (var update = new NpgsqlCommand(
            """
            WITH old AS (
                SELECT subject_id, id, payload, personal FROM credit.credit_records WHERE subject_id = @subject AND id = @record
            ), moved AS (
                UPDATE credit.credit_records r SET payload = @payload::json, payload_hash = @hash, personal = @personal, updated_at = @now
                FROM old WHERE r.subject_id = old.subject_id AND r.id = old.id
                RETURNING r.subject_id, r.id, old.payload AS old_payload, old.personal AS old_personal
            )
            INSERT INTO credit.credit_record_changes (subject_id, record_id, changed_at, actor, what, old_payload, old_personal, reason)
            SELECT subject_id, id, @now, @actor, 2, old_payload, old_personal, @reason FROM moved
            """, connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter<long>("subject", subjectId));
            update.Parameters.Add(new NpgsqlParameter<long>("record", recordId));
            update.Parameters.Add(new NpgsqlParameter<string>("payload", json));
            update.Parameters.Add(new NpgsqlParameter<byte[]>("hash", NpgsqlDbType.Bytea) { TypedValue = hash });
            update.Parameters.Add(new NpgsqlParameter("personal", NpgsqlDbType.Bytea) { Value = personalJson is null ? DBNull.Value : protector.Encrypt(personalJson) });
            update.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow()));
            update.Parameters.Add(new NpgsqlParameter<string>("actor", actor));
            update.Parameters.Add(new NpgsqlParameter<string>("reason", reason));
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await Outbox.WriteAsync(connection, transaction, CreditRecordsChanged.For([subjectId]), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
