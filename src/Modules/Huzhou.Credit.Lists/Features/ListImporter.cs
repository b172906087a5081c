using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// Bulk import of list entries from a file the provincial or national platform pushed (issue #5 §1). The decisions
/// were taken and published elsewhere, so a valid row becomes an entry in force at once (no proposal, no
/// approval), with its source recorded and a change row 省平台推送，直接列入. The upload only queues the import
/// (<see cref="ListImportQueue"/>); this runs in the background job (<see cref="Jobs.ListImportJob"/>), reporting its
/// progress on the import row at a modest rate. The writing is one transaction: the entries, their change rows, the
/// rejected rows, the <see cref="ListEntriesChanged"/> events, the import's counts and its completion, and the removal
/// of the stored file — all or nothing, so an interrupted run leaves nothing and is simply run again. Then one audit
/// entry. A row that matches an existing entry (same list type, subject and document number) is counted 已存在 and
/// left as it is, so importing a file again changes nothing. The registry is only read: an unknown subject is
/// rejected, never created.
/// </summary>
internal sealed class ListImporter(
    ListsDbContext db,
    ISubjectDirectory subjects,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>Data rows one file may hold.</summary>
    public const int MaxRows = 50_000;

    /// <summary>The largest file accepted (50,000 rows of long Chinese texts fit well within it).</summary>
    public const long MaxFileBytes = 30L * 1024 * 1024;

    /// <summary>Subjects per <see cref="ListEntriesChanged"/> message (ADR 0008: a large change is split).</summary>
    private const int SubjectsPerEvent = 10_000;

    /// <summary>Codes per registry query.</summary>
    private const int LookupChunk = 5_000;

    /// <summary>Progress is written at most this often while the file is read (not per row).</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    /// <summary>Only the city-level credit office imports: the platforms' files cover the whole city.</summary>
    public static bool MayImport(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice) && user.IsCityLevel;

    /// <summary>Called once the rows are checked, before the writing transaction (tests stop a run here, or inside it, as a crash would).</summary>
    public Func<long, Task>? BeforeWrite { get; set; }

    /// <summary>Called inside the writing transaction, after the entries are copied and before the commit (tests: a crash mid-write).</summary>
    public Func<long, Task>? DuringWrite { get; set; }

    /// <summary>
    /// Checks what can be checked at once when the file arrives, so the form can say it: the format, the columns, at
    /// least one data row. Its format and encoding, or the Chinese reason it is refused as a whole.
    /// </summary>
    public static async Task<Result<(string Format, string? EncodingName)>> PreflightAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            await using var source = await RowSources.OpenAsync(content, fileName, cancellationToken);
            var (_, missing, _) = ListImportColumns.Map(source.Headers);
            if (missing.Count > 0)
            {
                return Result<(string, string?)>.Failure(
                    $"文件缺少必需的列：{string.Join("、", missing)}。第一行应为列名，标准列见本页下方说明。");
            }

            return await source.ReadAsync(cancellationToken)
                ? Result<(string, string?)>.Success((source.Format, source.EncodingName))
                : Result<(string, string?)>.Failure("文件中只有表头，没有数据行。");
        }
        catch (TabularFileException e)
        {
            return Result<(string, string?)>.Failure(e.Message);
        }
    }

    /// <summary>
    /// Runs a queued (or interrupted) import from its stored file: read, check, write, complete. A file refused as a
    /// whole or a conflicting concurrent write marks it failed with the reason; any other error propagates (the job
    /// leaves it for the recovery) with nothing written. An import already completed or failed is left as it is.
    /// </summary>
    public async Task RunAsync(long importId, CancellationToken cancellationToken)
    {
        var import = await db.Imports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || ListImportLabels.IsDone(import))
        {
            return;
        }

        var stored = await db.ImportFiles.AsNoTracking().Where(f => f.ImportId == importId).Select(f => f.Content).SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            await FailAsync(import, "上传的文件已不存在，无法处理，请重新上传。", cancellationToken);
            return;
        }

        import.Status = ListImportStatus.Running;
        import.Phase = ListImportPhase.Reading;
        import.Attempts++;
        import.RowsRead = 0;
        import.RowsAccepted = 0;
        import.Rejected = 0;
        import.Error = null;
        import.HeartbeatAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        using var content = new MemoryStream(stored, writable: false);
        var read = await ReadAsync(import, content, cancellationToken);
        if (!read.Succeeded)
        {
            await FailAsync(import, read.Error!, cancellationToken);
            return;
        }

        var file = read.Value;
        import.Phase = ListImportPhase.Checking;
        import.RowsRead = file.Rows.Count;
        await db.SaveChangesAsync(cancellationToken);

        var types = await db.ListTypes.AsNoTracking().ToListAsync(cancellationToken);
        var validator = new ListImportRowValidator(types, clock);
        var outcome = await CheckRowsAsync(import, file.Rows, validator, cancellationToken);

        import.Phase = ListImportPhase.Writing;
        import.RowsAccepted = outcome.Entries.Count + outcome.Unchanged;
        import.Rejected = outcome.Rejections.Select(r => r.RowNumber).Distinct().Count();
        await db.SaveChangesAsync(cancellationToken);
        if (BeforeWrite is { } before)
        {
            await before(importId);
        }

        var now = clock.GetUtcNow();
        var user = import.ImportedBy;
        var source = import.Source;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var entry in outcome.Entries)
            {
                entry.Source = source;
                entry.ImportId = import.Id;
                entry.SourceDepartment = import.DepartmentCode;
                entry.ProposedBy = user;
                entry.ProposedAt = now;
                entry.DecidedBy = ListEntrySources.DisplayName(source);
                entry.DecidedAt = now;
                entry.UpdatedAt = now;
            }

            // Binary COPY on the transaction's connection. The rows are written with the synchronous calls (they only
            // fill Npgsql's buffer; it flushes when full): per-field awaits doubled the time of a 50,000-row file.
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            try
            {
                await CopyEntriesAsync(connection, outcome.Entries, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                await FailAsync(import, "导入期间有相同的名单记录被同时写入（可能是同一文件被重复提交），本次未导入任何记录，请刷新后重新导入", cancellationToken);
                return;
            }

            await CopyRejectionsAsync(connection, import.Id, outcome.Rejections, cancellationToken);

            // One change row per new entry, set-based: 省平台推送，直接列入.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO credit.list_entry_changes (entry_id, changed_at, changed_by, old_status, new_status, reason)
                SELECT id, {now}, {user}, NULL, {(short)ListEntryStatus.InForce}, {ListEntrySources.ImportReason(source)}
                FROM credit.list_entries WHERE import_id = {import.Id}
                """,
                cancellationToken);

            // The subjects' standing changed: the check API's credit status (and anything else listening) refreshes them.
            var events = outcome.Entries.Select(e => e.SubjectId).Distinct().Order().Chunk(SubjectsPerEvent)
                .Select(chunk => new ListEntriesChanged(chunk)).ToList();
            await Outbox.WriteAsync(db, events, cancellationToken);
            if (DuringWrite is { } during)
            {
                await during(importId);
            }

            // Last, so the import's row is locked only for the moment of the commit (the heartbeat writes it too).
            import.Status = ListImportStatus.Completed;
            import.Phase = ListImportPhase.None;
            import.Received = file.Rows.Count;
            import.Imported = outcome.Entries.Count;
            import.Unchanged = outcome.Unchanged;
            import.FileFormat = file.Format;
            import.EncodingName = file.EncodingName;
            import.IgnoredColumns = file.Ignored.Count == 0 ? null : Shorten(string.Join("、", file.Ignored), 1000);
            import.FinishedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await db.ImportFiles.Where(f => f.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.WriteAsync(new AuditEntry("lists.entry.import", ListsDbContext.ModuleName,
            Detail: Shorten($"导入{ListEntrySources.DisplayName(source)}推送的名单文件“{import.FileName}”（导入批次 {import.Id}）：收到 {import.Received} 条，列入 {import.Imported} 条，已存在 {import.Unchanged} 条，退回 {import.Rejected} 条；{user} 上传，后台导入", 1000)),
            CancellationToken.None);
    }

    /// <summary>Marks the import failed with the reason and drops its stored file; nothing of it was written.</summary>
    private async Task FailAsync(ListImport import, string reason, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Imports.Where(i => i.Id == import.Id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, ListImportStatus.Failed)
            .SetProperty(i => i.Phase, ListImportPhase.None)
            .SetProperty(i => i.Error, Shorten(reason, 1000))
            .SetProperty(i => i.FinishedAt, now), cancellationToken);
        await db.ImportFiles.Where(f => f.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed record ImportRow(int RowNumber, string[] Cells);

    private sealed record ImportFile(string Format, string? EncodingName, IReadOnlyList<ImportRow> Rows, IReadOnlyList<string> Ignored);

    private sealed record CheckedRows(List<ListEntry> Entries, int Unchanged, List<ListImportRejection> Rejections);

    /// <summary>
    /// Reads the whole file (at most <see cref="MaxRows"/> rows) into the standard columns, or says why it cannot; the
    /// rows read so far are written to the import about once a second.
    /// </summary>
    private async Task<Result<ImportFile>> ReadAsync(ListImport import, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            await using var source = await RowSources.OpenAsync(content, import.FileName, cancellationToken);
            var reported = System.Diagnostics.Stopwatch.StartNew();
            var (positions, missing, ignored) = ListImportColumns.Map(source.Headers);
            if (missing.Count > 0)
            {
                return Result<ImportFile>.Failure(
                    $"文件缺少必需的列：{string.Join("、", missing)}。第一行应为列名，标准列见本页下方说明。");
            }

            var rows = new List<ImportRow>();
            while (await source.ReadAsync(cancellationToken))
            {
                if (rows.Count == MaxRows)
                {
                    return Result<ImportFile>.Failure($"文件超过 {MaxRows:N0} 行数据，超出单次导入的上限，请拆分为多个文件后分别导入。");
                }

                var cells = new string[positions.Length];
                for (var c = 0; c < positions.Length; c++)
                {
                    cells[c] = positions[c] < 0 ? "" : source.GetString(positions[c]);
                }

                rows.Add(new ImportRow(source.RowNumber, cells));
                if (rows.Count % 1_000 == 0 && reported.Elapsed >= ProgressInterval)
                {
                    await ReportAsync(import.Id, rows.Count, 0, 0, cancellationToken);
                    reported.Restart();
                }
            }

            return rows.Count == 0
                ? Result<ImportFile>.Failure("文件中只有表头，没有数据行。")
                : Result<ImportFile>.Success(new ImportFile(source.Format, source.EncodingName, rows, ignored));
        }
        catch (TabularFileException e)
        {
            return Result<ImportFile>.Failure(e.Message);
        }
    }

    /// <summary>The progress counters of a running import, written at once (outside any transaction of the run).</summary>
    private Task<int> ReportAsync(long importId, int read, int accepted, int rejected, CancellationToken cancellationToken) =>
        db.Imports.Where(i => i.Id == importId && i.Status == ListImportStatus.Running).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.RowsRead, read)
            .SetProperty(i => i.RowsAccepted, accepted)
            .SetProperty(i => i.Rejected, rejected), cancellationToken);

    /// <summary>Checks every row: the pure checks, then the registry (exists, kind, name), duplicates in the file, existing entries.</summary>
    private async Task<CheckedRows> CheckRowsAsync(ListImport import, IReadOnlyList<ImportRow> rows, ListImportRowValidator validator, CancellationToken cancellationToken)
    {
        var rejections = new List<ListImportRejection>();
        var candidates = new List<(ImportRow Row, ImportCandidate Candidate)>();
        foreach (var row in rows)
        {
            var (candidate, issues) = validator.Validate(row.Cells);
            if (candidate is null)
            {
                Reject(row, issues);
            }
            else
            {
                candidates.Add((row, candidate));
            }
        }

        // The rows refused by the pure checks are known now; the registry's answer follows.
        await ReportAsync(import.Id, rows.Count, 0, rejections.Select(r => r.RowNumber).Distinct().Count(), cancellationToken);
        var found = await FindSubjectsAsync(candidates.Select(c => c.Candidate.SubjectCode).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var accepted = new List<(ImportRow Row, ImportCandidate Candidate, ResolvedSubject Subject)>();
        foreach (var (row, candidate) in candidates)
        {
            if (!found.TryGetValue(candidate.SubjectCode, out var subject))
            {
                Reject(row, [new(ImportColumn.SubjectCode, "主体库中没有该代码的主体（导入不新建主体，请先在主体库登记后再导入该行）。")]);
                continue;
            }

            var kind = subject.IsPerson
                ? SubjectKind.NaturalPerson
                : UnifiedSocialCreditCode.TryParse(subject.DisplayCode).Value?.Kind ?? SubjectKind.OtherOrganisation;
            var subjectIssues = new List<ImportIssue>();
            if (!candidate.Type.Allows(kind))
            {
                subjectIssues.Add(new(ImportColumn.ListType, $"“{candidate.Type.Name}”不适用于{SubjectKinds.DisplayName(kind)}。"));
            }

            if (!ListImportRowValidator.SameName(candidate.SubjectName, subject.Name))
            {
                subjectIssues.Add(new(ImportColumn.SubjectName,
                    $"主体名称与主体库登记的名称不一致（登记名称：{(subject.IsPerson ? Masking.PersonName(subject.Name) : subject.Name)}）。"));
            }

            if (subjectIssues.Count > 0)
            {
                Reject(row, subjectIssues);
                continue;
            }

            accepted.Add((row, candidate, subject));
        }

        // Rows already imported (or proposed here) for the same decision: 已存在.
        var subjectIds = accepted.Select(a => a.Subject.SubjectId).Distinct().ToArray();
        var existing = new HashSet<(string, long, string)>();
        foreach (var chunk in subjectIds.Chunk(5_000))
        {
            var keys = await db.Entries.AsNoTracking()
                .Where(e => chunk.Contains(e.SubjectId))
                .Select(e => new { e.ListTypeCode, e.SubjectId, e.DocumentNumber })
                .ToListAsync(cancellationToken);
            existing.UnionWith(keys.Select(k => (k.ListTypeCode, k.SubjectId, k.DocumentNumber)));
        }

        var entries = new List<ListEntry>();
        var unchanged = 0;
        var firstRow = new Dictionary<(string, long, string), int>();
        foreach (var (row, c, subject) in accepted)
        {
            var key = (c.Type.Code, subject.SubjectId, c.DocumentNumber);
            if (existing.Contains(key))
            {
                unchanged++;
            }
            else if (firstRow.TryGetValue(key, out var first))
            {
                Reject(row, [new(ImportColumn.DocumentNumber, $"与第 {first} 行重复（同一名单类型、同一主体、同一认定文书号），本行不再导入。")]);
            }
            else
            {
                firstRow[key] = row.RowNumber;
                entries.Add(new ListEntry
                {
                    ListTypeCode = c.Type.Code,
                    SubjectId = subject.SubjectId,
                    SubjectName = subject.Name,
                    SubjectCode = subject.DisplayCode,
                    SubjectIsPerson = subject.IsPerson,
                    DistrictCode = subject.DistrictCode,
                    Reason = c.Reason,
                    Basis = c.Basis,
                    DecidingAuthority = c.DecidingAuthority,
                    DecidingAuthorityCode = c.DecidingAuthorityCode,
                    DocumentNumber = c.DocumentNumber,
                    DecisionDate = c.DecisionDate,
                    EffectiveFrom = c.EffectiveFrom,
                    ExpiresOn = c.ExpiresOn,
                    Status = ListEntryStatus.InForce,
                });
            }
        }

        rejections.Sort((a, b) => a.RowNumber.CompareTo(b.RowNumber));
        return new CheckedRows(entries, unchanged, rejections);

        void Reject(ImportRow row, IReadOnlyList<ImportIssue> issues)
        {
            var code = row.Cells[(int)ImportColumn.SubjectCode];
            var person = ListImportRowValidator.LooksLikeIdNumber(code);
            var name = row.Cells[(int)ImportColumn.SubjectName];
            foreach (var issue in issues)
            {
                rejections.Add(new ListImportRejection
                {
                    RowNumber = row.RowNumber,
                    ColumnName = ListImportColumns.Header(issue.Column),
                    Reason = Shorten(issue.Reason, 1000),
                    SubjectName = name.Length == 0 ? null : Shorten(person ? Masking.PersonName(name) : name, 200),
                    SubjectCode = code.Length == 0 ? null : ListImportRowValidator.ForReport(code),
                });
            }
        }
    }

    private static async Task CopyEntriesAsync(NpgsqlConnection connection, IReadOnlyList<ListEntry> entries, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY credit.list_entries (list_type_code, subject_id, subject_name, subject_code, subject_is_person, district_code,
                reason, basis, deciding_authority, deciding_authority_code, document_number, decision_date, effective_from,
                expires_on, status, source_department, proposed_by, proposed_at, decided_by, decided_at, updated_at, source, import_id)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var e in entries)
        {
            writer.StartRow();
            writer.Write(e.ListTypeCode, NpgsqlDbType.Varchar);
            writer.Write(e.SubjectId, NpgsqlDbType.Bigint);
            writer.Write(e.SubjectName, NpgsqlDbType.Varchar);
            writer.Write(e.SubjectCode, NpgsqlDbType.Varchar);
            writer.Write(e.SubjectIsPerson, NpgsqlDbType.Boolean);
            writer.Write(e.DistrictCode, NpgsqlDbType.Varchar);
            writer.Write(e.Reason, NpgsqlDbType.Varchar);
            writer.Write(e.Basis, NpgsqlDbType.Varchar);
            writer.Write(e.DecidingAuthority, NpgsqlDbType.Varchar);
            WriteNullable(writer, e.DecidingAuthorityCode, NpgsqlDbType.Varchar);
            writer.Write(e.DocumentNumber, NpgsqlDbType.Varchar);
            writer.Write(e.DecisionDate, NpgsqlDbType.Date);
            writer.Write(e.EffectiveFrom, NpgsqlDbType.Date);
            WriteNullable(writer, e.ExpiresOn, NpgsqlDbType.Date);
            writer.Write((short)e.Status, NpgsqlDbType.Smallint);
            writer.Write(e.SourceDepartment, NpgsqlDbType.Varchar);
            writer.Write(e.ProposedBy, NpgsqlDbType.Varchar);
            writer.Write(e.ProposedAt, NpgsqlDbType.TimestampTz);
            WriteNullable(writer, e.DecidedBy, NpgsqlDbType.Varchar);
            WriteNullable(writer, e.DecidedAt, NpgsqlDbType.TimestampTz);
            writer.Write(e.UpdatedAt, NpgsqlDbType.TimestampTz);
            writer.Write((short)e.Source, NpgsqlDbType.Smallint);
            WriteNullable(writer, e.ImportId, NpgsqlDbType.Bigint);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyRejectionsAsync(NpgsqlConnection connection, long importId, IReadOnlyList<ListImportRejection> rejections, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY credit.list_import_rejections (import_id, row_number, column_name, reason, subject_name, subject_code) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var r in rejections)
        {
            writer.StartRow();
            writer.Write(importId, NpgsqlDbType.Bigint);
            writer.Write(r.RowNumber, NpgsqlDbType.Integer);
            writer.Write(r.ColumnName, NpgsqlDbType.Varchar);
            writer.Write(r.Reason, NpgsqlDbType.Varchar);
            WriteNullable(writer, r.SubjectName, NpgsqlDbType.Varchar);
            WriteNullable(writer, r.SubjectCode, NpgsqlDbType.Varchar);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    /// <summary>The registry's subject for each code (absent: none), a set-based query per chunk of codes.</summary>
    private async Task<Dictionary<string, ResolvedSubject>> FindSubjectsAsync(List<string> codes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ResolvedSubject>(codes.Count, StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(LookupChunk))
        {
            foreach (var (code, subject) in await subjects.FindByCodesAsync(chunk, cancellationToken))
            {
                found[code] = subject;
            }
        }

        return found;
    }

    private static string Shorten(string text, int length) => text.Length > length ? text[..length] : text;
}
