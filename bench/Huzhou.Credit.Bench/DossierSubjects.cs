using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huzhou.Credit.Bench;

/// <summary>A subject the dossier scenarios open.</summary>
internal sealed record BenchSubject(long Id, string Uscc, string Name);

/// <summary>
/// Gives a few organisations of the city exactly N credit records: the penalties the collection bench spread over every
/// organisation, topped up with licences, certificates, inspections, commitments, honours, list entries, tax arrears and
/// evaluations, written through the record store's own writer (<see cref="ICreditRecordWriter"/>) with publicity periods
/// from the catalogue's calculator, as a delivery would. Idempotent: a subject already at N is left alone.
/// </summary>
internal static partial class DossierSubjects
{
    /// <summary>Items and weights of the top-up (XZCF is already there, 60 to 100 per organisation).</summary>
    private static readonly (string Item, int Weight)[] Mix =
    [
        ("XZXK", 40), ("ZZXX", 15), ("SSJCC", 8), ("XYCN", 8), ("BZRY", 5), ("HMD", 3), ("QSXX", 3), ("SXMD", 2), ("HYXYPJ", 3), ("GGXYPJ", 3),
    ];

    private const string Authority = "11330500002546138B";

    public static async Task<IReadOnlyList<BenchSubject>> EnsureAsync(IServiceProvider services, int count, int records)
    {
        var data = services.GetRequiredService<NpgsqlDataSource>();
        var candidates = new List<BenchSubject>();
        // Enterprises spread over the id range (and so over the record partitions), the same ones on every run.
        await using (var command = data.CreateCommand(
            """
            SELECT id, uscc, name FROM credit.subjects
            WHERE kind = 1 AND uscc IS NOT NULL AND NOT uscc_check_warning AND status = 1 AND verification = 1
            ORDER BY id
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                candidates.Add(new BenchSubject(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var chosen = new List<BenchSubject>();
        var toppedUp = false;
        for (var i = 0; chosen.Count < count && i < candidates.Count; i++)
        {
            var subject = candidates[(int)((((long)i * 7919) + 1013) % candidates.Count)];
            var have = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.credit_records WHERE subject_id = $1", subject.Id);
            if (have > records)
            {
                continue;
            }

            if (have < records)
            {
                await TopUpAsync(services, subject, (int)(records - have));
                toppedUp = true;
                have = await Sql.ScalarAsync<long>(data, "SELECT count(*) FROM credit.credit_records WHERE subject_id = $1", subject.Id);
                Report.Line($"subject {subject.Id} {subject.Name} ({subject.Uscc}): topped up to {have} records");
            }

            chosen.Add(subject);
        }

        // After the bench's own writes, as after any bulk load: statistics, and the visibility map the dossier's index-only
        // scans rely on (autovacuum does the same, later). Cheap when nothing changed: only pages not all-visible are read.
        await using (var vacuum = data.CreateCommand(toppedUp ? "VACUUM (ANALYZE) credit.credit_records" : "VACUUM credit.credit_records"))
        {
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync();
        }

        var visible = await Sql.ScalarAsync<long>(data,
            "SELECT count(*) FROM credit.credit_records WHERE subject_id = $1 AND status IN (1, 4) AND published AND (publicity_end IS NULL OR publicity_end >= current_date)",
            chosen[0].Id);
        Report.Line($"dossier subjects: {chosen.Count} with {records} records each ({string.Join(", ", chosen.Take(5).Select(s => s.Id))} ...; the first has {visible} in public view)");
        return chosen;
    }

    private static async Task TopUpAsync(IServiceProvider services, BenchSubject subject, int missing)
    {
        await using var scope = services.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
        var publicity = scope.ServiceProvider.GetRequiredService<IPublicityCalculator>();
        var writer = scope.ServiceProvider.GetRequiredService<ICreditRecordWriter>();
        var versions = new Dictionary<string, (CatalogueItemVersion Version, IRowValidator Validator)>(StringComparer.Ordinal);
        foreach (var (item, _) in Mix)
        {
            var version = await catalogue.GetCurrentAsync(item) ?? throw new InvalidOperationException($"catalogue item {item} missing");
            versions[item] = (version, catalogue.CreateValidator(version));
        }

        var today = DateOnly.FromDateTime(DateTime.Today);
        var buffer = new ArrayBufferWriter<byte>();
        var total = Mix.Sum(m => m.Weight);
        await using var batch = await writer.BeginAsync(0, "HZ-SJJ", "bench");
        for (var n = 0; n < missing; n++)
        {
            // Deterministic spread over the mix and over the last two years (most records still in their publicity period).
            var roll = (int)(((uint)(n + 1) * 2654435761u) % (uint)total);
            var item = Mix.First(m => (roll -= m.Weight) < 0).Item;
            var (version, validator) = versions[item];
            var decision = today.AddDays(-(int)(((uint)n * 40503u) % 720u) - 1);
            var sourceKey = SourceKey(version, subject, n);
            var raw = RawRow(version, subject, sourceKey, decision, n);
            var result = validator.Validate(raw);
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"bench row for {item} invalid: {string.Join("; ", result.Errors.Select(e => $"{e.FieldLabel}: {e.Message}"))}");
            }

            var period = publicity.Compute(version, decision, result.Values, "HZ-SJJ");
            await batch.AddAsync(new IncomingCreditRecord(
                n + 1, SubjectKeyKind.Uscc, subject.Uscc, subject.Name, version.ItemCode, version.Version, sourceKey, decision, period,
                Payload(version, result.Values, buffer)));
        }

        await batch.CompleteAsync();
    }

    private static string SourceKey(CatalogueItemVersion version, BenchSubject subject, int n)
    {
        var field = version.Fields.First(f => f.Key == version.Keys.SourceKeyField);
        // A source key with a digits-only pattern (评价批次): the subject's id and n, in that many digits.
        return DigitCount(field.Pattern) is { } width
            ? (((subject.Id * 1000) + n) % (long)Math.Pow(10, width)).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : $"湖信用〔bench〕{subject.Id}-{version.ItemCode}-{n}号";
    }

    private static int? DigitCount(string? pattern) =>
        pattern is not null && Digits().Match(pattern) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>One plausible raw value per field, the way a department's file would carry them.</summary>
    private static Dictionary<string, string?> RawRow(CatalogueItemVersion version, BenchSubject subject, string sourceKey, DateOnly decision, int n)
    {
        var keys = version.Keys;
        var row = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in version.Fields)
        {
            string? value = field.Type switch
            {
                _ when field.Key == keys.SubjectNameField => subject.Name,
                _ when field.Key == keys.SubjectCodeField => subject.Uscc,
                _ when field.Key == keys.SourceKeyField => sourceKey,
                _ when field.Key == keys.DecisionDateField => Day(decision),
                FieldType.Date => field.Label.Contains('至', StringComparison.Ordinal) ? Day(decision.AddYears(3)) : Day(decision),
                FieldType.Uscc => Authority,
                FieldType.IdNumber => null,
                FieldType.Enum when field.Label.EndsWith("类别", StringComparison.Ordinal) && field.Options.Any(o => o.Label == "法人") => field.Options.First(o => o.Label == "法人").Code,
                FieldType.Enum or FieldType.CodeList when !field.Required => null,
                FieldType.Enum or FieldType.CodeList => field.Options[n % field.Options.Count].Code,
                FieldType.Decimal => field.Pattern is null ? "1.5" : "85.5",
                _ when DigitCount(field.Pattern) is { } width => "202506"[..Math.Min(6, width)].PadLeft(width, '0'),
                _ when field.Label.Contains("机关", StringComparison.Ordinal) || field.Label.Contains("部门", StringComparison.Ordinal)
                    || field.Label.Contains("单位", StringComparison.Ordinal) || field.Label.Contains("机构", StringComparison.Ordinal) => "湖州市市场监督管理局",
                _ when !field.Required && n % 3 == 0 => null,
                _ => Truncate($"{field.Label}（第{n + 1}项）", field.MaxLength ?? 200),
            };
            row[field.Key] = value;
        }

        return row;
    }

    /// <summary>As the collection pipeline stores it: one value per field in the version's order, null when absent.</summary>
    private static string Payload(CatalogueItemVersion item, IReadOnlyDictionary<string, string> values, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var field in item.Fields)
            {
                if (values.TryGetValue(field.Key, out var value))
                {
                    json.WriteStringValue(value);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    [GeneratedRegex(@"\[0-9\]\{(\d+)\}")]
    private static partial Regex Digits();
}
