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
/// approval), with its source recorded and a change row 省平台推送，直接列入. The whole file is one transaction:
/// the entries, their change rows, the import record with its rejected rows and the <see cref="ListEntriesChanged"/>
/// events for the subjects concerned; then one audit entry. A row that matches an existing entry (same list type,
/// subject and document number) is counted 已存在 and left as it is, so importing a file again changes nothing.
/// The registry is only read: an unknown subject is rejected, never created.
/// </summary>
internal sealed class ListImporter(
    ListsDbContext db,
    ISubjectDirectory subjects,
    ICurrentStaff staff,
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

    /// <summary>Only the city-level credit office imports: the platforms' files cover the whole city.</summary>
    public static bool MayImport(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice) && user.IsCityLevel;

    public async Task<Result<long>> ImportAsync(ListEntrySource source, string fileName, Stream content, CancellationToken cancellationToken)
    {
        if (!MayImport(staff))
        {
            return Result<long>.Failure("只有市信用办可以导入省、国家平台推送的名单。");
        }

        if (!ListEntrySources.Platforms.Contains(source))
        {
            return Result<long>.Failure("请选择名单文件的来源（省公共信用信息平台或全国信用信息共享平台）。", "Source");
        }

        var read = await ReadAsync(fileName, content, cancellationToken);
        if (!read.Succeeded)
        {
            return Result<long>.Failure(read.Error!, "File");
        }

        var file = read.Value;
        var types = await db.ListTypes.AsNoTracking().ToListAsync(cancellationToken);
        var validator = new ListImportRowValidator(types, clock);
        var outcome = await CheckRowsAsync(file.Rows, validator, cancellationToken);

        var now = clock.GetUtcNow();
        var user = staff.UserName ?? "";
        var import = new ListImport
        {
            Source = source,
            FileName = Shorten(Path.GetFileName(fileName), 260),
            FileFormat = file.Format,
            EncodingName = file.EncodingName,
            Received = file.Rows.Count,
            Imported = outcome.Entries.Count,
            Unchanged = outcome.Unchanged,
            Rejected = outcome.Rejections.Select(r => r.RowNumber).Distinct().Count(),
            IgnoredColumns = file.Ignored.Count == 0 ? null : Shorten(string.Join("、", file.Ignored), 1000),
            DepartmentCode = staff.DepartmentCode ?? "",
            ImportedBy = user,
            ImportedAt = now,
        };

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Imports.Add(import);
            await db.SaveChangesAsync(cancellationToken);

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
                return Result<long>.Failure("导入期间有相同的名单记录被同时写入（可能是同一文件被重复提交），本次未导入任何记录，请刷新后重新导入。", "File");
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
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.WriteAsync(new AuditEntry("lists.entry.import", ListsDbContext.ModuleName,
            Detail: Shorten($"导入{ListEntrySources.DisplayName(source)}推送的名单文件“{import.FileName}”（导入批次 {import.Id}）：收到 {import.Received} 条，列入 {import.Imported} 条，已存在 {import.Unchanged} 条，退回 {import.Rejected} 条", 1000)),
            cancellationToken);
        return Result<long>.Success(import.Id);
    }

    private sealed record ImportRow(int RowNumber, string[] Cells);

    private sealed record ImportFile(string Format, string? EncodingName, IReadOnlyList<ImportRow> Rows, IReadOnlyList<string> Ignored);

    private sealed record CheckedRows(List<ListEntry> Entries, int Unchanged, List<ListImportRejection> Rejections);

    /// <summary>Reads the whole file (at most <see cref="MaxRows"/> rows) into the standard columns, or says why it cannot.</summary>
    private static async Task<Result<ImportFile>> ReadAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            await using var source = await RowSources.OpenAsync(content, fileName, cancellationToken);
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

    /// <summary>Checks every row: the pure checks, then the registry (exists, kind, name), duplicates in the file, existing entries.</summary>
    private async Task<CheckedRows> CheckRowsAsync(IReadOnlyList<ImportRow> rows, ListImportRowValidator validator, CancellationToken cancellationToken)
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
