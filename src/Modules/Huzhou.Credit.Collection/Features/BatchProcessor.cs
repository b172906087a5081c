using System.Diagnostics;
using System.Globalization;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.SharedKernel.Security;
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
    PersonalDataProtector protector,
    ColumnChoices columns,
    IOptions<CollectionOptions> options,
    IWorkingDays workingDays,
    CollectionStatistics statistics,
    TimeProvider clock,
    ILogger<BatchProcessor> logger)
{
    private const int RejectionFlushSize = 2_000;

    /// <summary>
    /// The most columns a delivered file may have (a real export has a few dozen): a wider file is refused before its
    /// rows are read, by the preview and by the batch.
    /// </summary>
    public const int MaxColumns = 500;

    /// <summary>A header is kept (and remembered for manual mapping) up to this many characters.</summary>
    public const int HeaderMaxLength = 200;

    private const int MaxReportColumns = MaxColumns;

    public async Task<CollectionBatch> RunAsync(long batchId, IRowSource source, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.FirstAsync(b => b.Id == batchId, cancellationToken);
        var item = await catalogue.GetVersionAsync(batch.ItemCode, batch.ItemVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Catalogue item {batch.ItemCode} v{batch.ItemVersion} is missing.");

        await StartAsync(batch, source, cancellationToken);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Module"] = CollectionDbContext.ModuleName, ["BatchId"] = batch.Id });

        if (TooWide(source) is { } wide)
        {
            return await FailAsync(batch, wide, cancellationToken);
        }

        var map = HeaderMap.Build(item, source.Headers, await columns.EffectiveAsync(batch, cancellationToken));
        if (!map.CanImport)
        {
            return await FailAsync(batch, "文件缺少必填列：" + string.Join("、", map.MissingRequired.Select(f => f.Label)), cancellationToken);
        }

        var validator = catalogue.CreateValidator(item);
        var rejectedCells = new RejectedCells(protector, RejectedCells.PersonalColumns(map, source.Headers.Count));
        // One row at a time, by field position: the raw texts, their normalised values, the payload built from them.
        var raw = new string?[item.Fields.Count];
        var values = new string?[item.Fields.Count];
        var keys = KeySlots.ForDelivery(item, batch.DepartmentCode, ShanghaiTime.Today(clock));
        using var payload = new PayloadBuilder(item);
        var rejections = new List<BatchRejection>(RejectionFlushSize);
        // The delivery day is the day the batch was delivered (created), the day its statistics row counts it under.
        var deliveredOn = DateOnly.FromDateTime(ShanghaiTime.ToShanghai(batch.CreatedAt).DateTime);
        // 及时率 in working days (the platform's calendar, holidays and 调休), each distinct decision date counted once.
        var timeliness = new DeliveryTimeliness(await workingDays.CalendarAsync(cancellationToken), deliveredOn, options.Value.TimelinessDays);
        long received = 0, rejected = 0, timely = 0, delayTotal = 0, history = 0, checkWarnings = 0;
        var progress = Stopwatch.StartNew();

        await using (var writer = await records.BeginAsync(batch.Id, batch.DepartmentCode, batch.CreatedBy, cancellationToken))
        {
            while (await source.ReadAsync(cancellationToken))
            {
                received++;
                var record = Read(source, map, validator, keys, batch.DepartmentCode, payload, raw, values, out var errors, out var problem);
                if (record is null)
                {
                    rejected++;
                    var reasons = errors.Count == 0 ? problem!.Message : string.Join("；", errors.Select(e => e.Message));
                    var cells = Cells(source);
                    rejections.Add(new BatchRejection
                    {
                        BatchId = batch.Id,
                        RowNumber = source.RowNumber,
                        FieldLabel = problem?.FieldLabel,
                        Reason = reasons.Length > 1000 ? reasons[..1000] : reasons,
                        RawRow = rejectedCells.MaskedLine(cells),
                        Cells = rejectedCells.Protect(cells),
                    });
                    if (rejections.Count >= RejectionFlushSize)
                    {
                        await WriteRejectionsAsync(rejections, cancellationToken);
                    }

                    continue;
                }

                if (timeliness.IsHistory(record.DecisionDate))
                {
                    history++;
                }
                else
                {
                    var delay = timeliness.DelayOf(record.DecisionDate);
                    delayTotal += delay;
                    if (delay <= options.Value.TimelinessDays)
                    {
                        timely++;
                    }
                }

                if (validator.LastRow.CheckWarning is not null)
                {
                    checkWarnings++;
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
            batch.HistoryRows = history;
            batch.RowsRead = received;
            batch.CheckWarnings = checkWarnings;
            batch.SynonymsUsed = validator.SynonymsUsed.Select(u => new BatchSynonymUse(u.FieldLabel, u.Delivered, u.Code, u.Label, u.Rows)).ToList();
        }

        batch.Status = BatchStatus.Completed;
        batch.FinishedAt = clock.GetUtcNow();
        batch.Error = null;
        await statistics.CompleteAsync(batch, cancellationToken);
        logger.LogInformation("Batch {BatchId} completed: {Received} received, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected in {Duration}",
            batch.Id, batch.Received, batch.Inserted, batch.Updated, batch.Unchanged, batch.Rejected, batch.Duration);
        return batch;
    }

    /// <summary>
    /// The preview's check: the rows read, validated and checked exactly as the batch will be, nothing written. A file of
    /// up to <see cref="PreviewWholeFileRows"/> rows is checked whole, a longer one by its first <see cref="PreviewSampleRows"/>.
    /// </summary>
    public async Task<PreviewCheck> CheckAsync(CollectionBatch batch, CatalogueItemVersion item, HeaderMap map, IRowSource source, CancellationToken cancellationToken)
    {
        var validator = catalogue.CreateValidator(item);
        var raw = new string?[item.Fields.Count];
        var values = new string?[item.Fields.Count];
        var keys = new KeySlots(item);
        using var payload = new PayloadBuilder(item);
        var refused = new List<(int Row, string? Field, string Reason)>();
        int read = 0, warnings = 0, sampleRefused = 0, sampleWarnings = 0;
        while (read <= PreviewWholeFileRows && await source.ReadAsync(cancellationToken))
        {
            read++;
            var record = Read(source, map, validator, keys, batch.DepartmentCode, payload, raw, values, out var errors, out var problem);
            if (record is null)
            {
                refused.Add((source.RowNumber, problem?.FieldLabel, errors.Count == 0 ? problem!.Message : string.Join("；", errors.Select(e => e.Message))));
            }
            else if (validator.LastRow.CheckWarning is not null)
            {
                warnings++;
            }

            if (read == PreviewSampleRows)
            {
                (sampleRefused, sampleWarnings) = (refused.Count, warnings);
            }
        }

        var whole = read <= PreviewWholeFileRows;
        var checkedRows = whole ? read : PreviewSampleRows;
        var shown = whole ? refused : refused.Take(sampleRefused).ToList();
        return new PreviewCheck(
            checkedRows,
            whole,
            shown.Count,
            whole ? warnings : sampleWarnings,
            shown.GroupBy(r => r.Field ?? "（整行）").Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ToList(),
            shown.Take(PreviewRefusedShown).Select(r => (r.Row, r.Reason)).ToList(),
            validator.SynonymsUsed);
    }

    /// <summary>Why a file is too wide to import, or null.</summary>
    public static string? TooWide(IRowSource source) => source.Headers.Count > MaxColumns
        ? $"文件有 {source.Headers.Count:N0} 列，超过 {MaxColumns} 列的上限：请只保留目录信息项的列后重新上传。"
        : null;

    /// <summary>A file of up to this many rows is checked whole by the preview.</summary>
    public const int PreviewWholeFileRows = 5_000;

    /// <summary>A longer file is checked by its first rows.</summary>
    public const int PreviewSampleRows = 200;

    private const int PreviewRefusedShown = 50;

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
        batch.Headers = source.Headers.Select(h => CellText.Printable(h, HeaderMaxLength, keepLineBreaks: false)).ToList();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The current row's cells as delivered (the platform's own formula neutralisation taken off), one per column.</summary>
    private static string[] Cells(IRowSource source)
    {
        var cells = new string[Math.Min(MaxReportColumns, Math.Max(source.FieldCount, source.Headers.Count))];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = i < source.FieldCount ? CellText.RestoreFormula(source.GetString(i)) : "";
        }

        return cells;
    }

    private async Task ReportProgressAsync(long batchId, long rowsRead, CancellationToken cancellationToken) =>
        await db.Batches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s.SetProperty(b => b.RowsRead, rowsRead), cancellationToken);

    /// <summary>
    /// The current row read (the platform's formula neutralisation taken off), validated and turned into a record, or
    /// null with its errors (the validator's) and the first problem. The batch and the preview's check share it.
    /// </summary>
    private IncomingCreditRecord? Read(IRowSource source, HeaderMap map, IRowValidator validator, KeySlots keys, string department,
        PayloadBuilder payload, string?[] raw, string?[] values, out IReadOnlyList<FieldError> errors, out FieldError? problem)
    {
        for (var f = 0; f < raw.Length; f++)
        {
            var column = map.ColumnOfField[f];
            raw[f] = column >= 0 && column < source.FieldCount ? CellText.RestoreFormula(source.GetString(column)) : null;
        }

        errors = validator.Validate(raw, values);
        problem = errors.Count == 0 ? null : errors[0];
        return problem is null ? ToRecord(validator.Item, keys, source.RowNumber, values, validator.LastRow, department, payload, out problem) : null;
    }

    /// <summary>
    /// Builds the record of a valid row, or explains why the row cannot become one. Personal fields in the payload
    /// are kept masked: the subject's full ID number lives only encrypted in the subject registry, the other personal
    /// values travel as <see cref="IncomingCreditRecord.PersonalJson"/>, which the record store encrypts (ADR 0015).
    /// </summary>
    private IncomingCreditRecord? ToRecord(
        CatalogueItemVersion item, KeySlots slots, int rowNumber, string?[] values, ValidatedRowNotes notes, string department, PayloadBuilder payload, out FieldError? problem)
    {
        problem = null;
        var keys = item.Keys;
        var name = slots.Name.At(values);
        var code = slots.Code.At(values);
        var idNumber = slots.IdNumber.At(values);
        var sourceKey = slots.SourceKey.At(values);
        var decision = slots.DecisionDate.At(values);

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

        if (!TryParseIsoDate(decision, out var decisionDate))
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
        var (payloadJson, personal) = payload.BuildRow(values, notes);
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
            payloadJson,
            slots.Registration?.Read(values),
            personal);
    }

    /// <summary>
    /// <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", InvariantCulture)</c>, with the validator's own output
    /// (ten characters, digits and dashes) read directly; anything else still goes through TryParseExact.
    /// </summary>
    internal static bool TryParseIsoDate(string? text, out DateOnly date)
    {
        if (text is { Length: 10 } && text[4] == '-' && text[7] == '-'
            && IsDigits(text.AsSpan(0, 4)) && IsDigits(text.AsSpan(5, 2)) && IsDigits(text.AsSpan(8, 2)))
        {
            var year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
            var month = ((text[5] - '0') * 10) + (text[6] - '0');
            var day = ((text[8] - '0') * 10) + (text[9] - '0');
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateOnly(year, month, day);
                return true;
            }
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

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
            "COPY credit.collection_rejections (batch_id, row_number, field_label, reason, raw_row, cells) FROM STDIN (FORMAT BINARY)", cancellationToken))
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
                if (r.Cells is null)
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await copy.WriteAsync(r.Cells, NpgsqlDbType.Bytea, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        rejections.Clear();
    }
}
