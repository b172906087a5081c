using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Runs one batch: streams the rows, validates each against the item version, computes its publicity period,
/// hands valid rows to the record store and writes rejected rows with their reasons. The record store
/// commits the whole batch at once, so a crash leaves no half-written batch; running the batch again
/// (Hangfire retries it) reaches the same end state because re-delivery is idempotent.
/// </summary>
internal sealed class BatchProcessor(
    CollectionDbContext db,
    NpgsqlDataSource dataSource,
    ICatalogue catalogue,
    IPublicityCalculator publicity,
    ICreditRecordWriter records,
    IOptions<CollectionOptions> options,
    TimeProvider clock,
    ILogger<BatchProcessor> logger)
{
    private const int RejectionFlushSize = 2_000;

    public async Task<CollectionBatch> RunAsync(long batchId, IRowSource source, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.FirstAsync(b => b.Id == batchId, cancellationToken);
        var item = await catalogue.GetVersionAsync(batch.ItemCode, batch.ItemVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Catalogue item {batch.ItemCode} v{batch.ItemVersion} is missing.");

        await StartAsync(batch, source, cancellationToken);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Module"] = CollectionDbContext.ModuleName, ["BatchId"] = batch.Id });

        var map = HeaderMap.Build(item, source.Headers);
        if (!map.CanImport)
        {
            return await FailAsync(batch, "文件缺少必填列：" + string.Join("、", map.MissingRequired.Select(f => f.Label)), cancellationToken);
        }

        var validator = catalogue.CreateValidator(item);
        var row = new Dictionary<string, string?>(item.Fields.Count, StringComparer.Ordinal);
        var rejections = new List<BatchRejection>(RejectionFlushSize);
        var deliveredOn = ShanghaiTime.Today(clock);
        var timelinessDays = options.Value.TimelinessDays;
        long received = 0, rejected = 0, timely = 0, delayTotal = 0;
        var progress = Stopwatch.StartNew();
        var payload = new ArrayBufferWriter<byte>(2048);

        await using (var writer = await records.BeginAsync(batch.Id, batch.DepartmentCode, batch.CreatedBy, cancellationToken))
        {
            while (await source.ReadAsync(cancellationToken))
            {
                received++;
                row.Clear();
                for (var f = 0; f < item.Fields.Count; f++)
                {
                    var column = map.ColumnOfField[f];
                    row[item.Fields[f].Key] = column >= 0 && column < source.FieldCount ? source.GetString(column) : null;
                }

                var result = validator.Validate(row);
                var problem = result.IsValid ? null : result.Errors[0];
                var record = problem is null ? ToRecord(item, source.RowNumber, result.Values, batch.DepartmentCode, payload, out problem) : null;
                if (record is null)
                {
                    rejected++;
                    var reasons = result.IsValid ? problem!.Message : string.Join("；", result.Errors.Select(e => e.Message));
                    rejections.Add(new BatchRejection
                    {
                        BatchId = batch.Id,
                        RowNumber = source.RowNumber,
                        FieldLabel = problem?.FieldLabel,
                        Reason = reasons.Length > 1000 ? reasons[..1000] : reasons,
                        RawRow = source.RawText(),
                    });
                    if (rejections.Count >= RejectionFlushSize)
                    {
                        await WriteRejectionsAsync(rejections, cancellationToken);
                    }

                    continue;
                }

                var delay = deliveredOn.DayNumber - record.DecisionDate.DayNumber;
                delayTotal += Math.Max(0, delay);
                if (delay <= timelinessDays)
                {
                    timely++;
                }

                await writer.AddAsync(record, cancellationToken);
                if (progress.ElapsedMilliseconds > 2_000)
                {
                    await ReportProgressAsync(batch.Id, received, cancellationToken);
                    progress.Restart();
                }
            }

            await WriteRejectionsAsync(rejections, cancellationToken);
            await ReportProgressAsync(batch.Id, received, cancellationToken);
            var merged = await writer.CompleteAsync(cancellationToken);

            batch.Received = received;
            batch.Rejected = rejected;
            batch.Inserted = merged.Inserted;
            batch.Updated = merged.Updated;
            batch.Unchanged = merged.Unchanged;
            batch.SubjectsCreated = merged.SubjectsCreated;
            batch.Timely = timely;
            batch.DelayDaysTotal = delayTotal;
            batch.RowsRead = received;
        }

        batch.Status = BatchStatus.Completed;
        batch.FinishedAt = clock.GetUtcNow();
        batch.Error = null;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Batch {BatchId} completed: {Received} received, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected in {Duration}",
            batch.Id, batch.Received, batch.Inserted, batch.Updated, batch.Unchanged, batch.Rejected, batch.Duration);
        return batch;
    }

    public async Task<CollectionBatch> FailAsync(CollectionBatch batch, string error, CancellationToken cancellationToken)
    {
        batch.Status = BatchStatus.Failed;
        batch.Error = error.Length > 2000 ? error[..2000] : error;
        batch.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("Batch {BatchId} failed: {Error}", batch.Id, batch.Error);
        return batch;
    }

    /// <summary>A re-run starts clean: the rejections of an earlier attempt are removed.</summary>
    private async Task StartAsync(CollectionBatch batch, IRowSource source, CancellationToken cancellationToken)
    {
        await db.Rejections.Where(r => r.BatchId == batch.Id).ExecuteDeleteAsync(cancellationToken);
        batch.Status = BatchStatus.Running;
        batch.Attempts++;
        batch.StartedAt = clock.GetUtcNow();
        batch.FinishedAt = null;
        batch.Error = null;
        batch.RowsRead = 0;
        batch.Format = source.Format;
        batch.EncodingName = source.EncodingName;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ReportProgressAsync(long batchId, long rowsRead, CancellationToken cancellationToken) =>
        await db.Batches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s.SetProperty(b => b.RowsRead, rowsRead), cancellationToken);

    /// <summary>
    /// Builds the record of a valid row, or explains why the row cannot become one. ID numbers in the payload
    /// are kept masked: the full number lives only encrypted in the subject registry.
    /// </summary>
    private IncomingCreditRecord? ToRecord(CatalogueItemVersion item, int rowNumber, IReadOnlyDictionary<string, string> values, string department, ArrayBufferWriter<byte> buffer, out FieldError? problem)
    {
        problem = null;
        var keys = item.Keys;
        values.TryGetValue(keys.SubjectNameField, out var name);
        string? code = keys.SubjectCodeField is { } codeField && values.TryGetValue(codeField, out var c) ? c : null;
        string? idNumber = keys.SubjectIdNumberField is { } idField && values.TryGetValue(idField, out var n) ? n : null;
        values.TryGetValue(keys.SourceKeyField, out var sourceKey);
        values.TryGetValue(keys.DecisionDateField, out var decision);

        if (string.IsNullOrEmpty(name))
        {
            problem = Error(item, keys.SubjectNameField, "未填写主体名称");
            return null;
        }

        if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(idNumber))
        {
            problem = Error(item, keys.SubjectCodeField ?? keys.SubjectIdNumberField ?? keys.SubjectNameField, "未提供统一社会信用代码或身份证号码，无法确定主体");
            return null;
        }

        if (string.IsNullOrEmpty(sourceKey))
        {
            problem = Error(item, keys.SourceKeyField, "未填写" + Label(item, keys.SourceKeyField));
            return null;
        }

        if (!DateOnly.TryParseExact(decision, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var decisionDate))
        {
            problem = Error(item, keys.DecisionDateField, "未填写有效的" + Label(item, keys.DecisionDateField));
            return null;
        }

        if (decisionDate > ShanghaiTime.Today(clock))
        {
            problem = Error(item, keys.DecisionDateField, $"{Label(item, keys.DecisionDateField)}“{decision}”晚于今天");
            return null;
        }

        var period = publicity.Compute(item, decisionDate, values, department);
        var byCode = !string.IsNullOrEmpty(code);
        return new IncomingCreditRecord(
            rowNumber,
            byCode ? SubjectKeyKind.Uscc : SubjectKeyKind.IdNumber,
            byCode ? code! : idNumber!,
            name,
            item.ItemCode,
            item.Version,
            sourceKey,
            decisionDate,
            period,
            Payload(item, values, buffer));
    }

    private static string Payload(CatalogueItemVersion item, IReadOnlyDictionary<string, string> values, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            // Positional: one value per field of the item version, in its order (null when absent). The record
            // keeps its item version, which names the fields; the keys are not repeated in every row.
            json.WriteStartArray();
            foreach (var field in item.Fields)
            {
                if (values.TryGetValue(field.Key, out var value))
                {
                    json.WriteStringValue(field.Type == FieldType.IdNumber ? Masking.IdNumber(value) : value);
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

    private static FieldError Error(CatalogueItemVersion item, string fieldKey, string message) => new(fieldKey, Label(item, fieldKey), message);

    private static string Label(CatalogueItemVersion item, string fieldKey) =>
        item.Fields.FirstOrDefault(f => f.Key == fieldKey)?.Label ?? fieldKey;

    /// <summary>Rejections go on a connection of their own, committed as they come: they are a report, not data.</summary>
    private async Task WriteRejectionsAsync(List<BatchRejection> rejections, CancellationToken cancellationToken)
    {
        if (rejections.Count == 0)
        {
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY credit.collection_rejections (batch_id, row_number, field_label, reason, raw_row) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var r in rejections)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(r.BatchId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(r.RowNumber, NpgsqlDbType.Integer, cancellationToken);
                if (r.FieldLabel is null)
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await copy.WriteAsync(r.FieldLabel, NpgsqlDbType.Varchar, cancellationToken);
                }

                await copy.WriteAsync(r.Reason, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(r.RawRow, NpgsqlDbType.Text, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        rejections.Clear();
    }
}

internal sealed class CollectionOptions
{
    public const string SectionName = "Collection";

    /// <summary>Where uploaded and fetched files are kept until their batch completes.</summary>
    public string StoragePath { get; set; } = Path.Combine(".data", "collection");

    /// <summary>Rows delivered within this many days of their decision count as timely (及时率). Calendar days until the working-day calendar exists.</summary>
    public int TimelinessDays { get; set; } = 7;

    /// <summary>Largest accepted upload.</summary>
    public long MaxUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Root of the departments' drop folders: one sub-folder per department code.</summary>
    public string? DropFolder { get; set; }

    /// <summary>Addresses the nightly job pulls files from.</summary>
    public List<PullFeed> PullFeeds { get; set; } = [];
}

internal sealed class PullFeed
{
    public string DepartmentCode { get; set; } = "";

    public string ItemCode { get; set; } = "";

    public string Url { get; set; } = "";
}
