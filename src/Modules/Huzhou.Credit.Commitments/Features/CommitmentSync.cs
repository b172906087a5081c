using System.Globalization;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>
/// Keeps the commitments workflow in step with the XYCN records of the record store: commitments departments deliver
/// by file, API or feed (and the city's historic commitments imported in bulk) become workflow rows; a record whose
/// 履约状态 a department delivers as 违诺 gets its XYWN bad record like a breach found on the verification page. Reads
/// the current records, not the message, so a late or repeated event converges to the same rows.
/// </summary>
internal sealed class CommitmentSync(
    CommitmentsDbContext db,
    ICreditRecordAmendments records,
    ISubjectDirectory subjects,
    IDepartmentDirectory departments,
    CommitmentService service,
    TimeProvider clock,
    ILogger<CommitmentSync> logger) : IIntegrationEventHandler<CreditRecordsChanged>
{
    private const string Upsert = """
        INSERT INTO credit.commitments (number, subject_id, is_person, subject_name, display_code, district_code, type, matter, content,
            signed_on, due_on, department_code, is_public, status, source, signed_by, verified_on, verified_by, created_at, updated_at)
        SELECT u.number, u.subject_id, u.is_person, u.subject_name, u.display_code, u.district_code, u.type, u.matter, u.content,
            u.signed_on, u.due_on, u.department_code, NOT u.is_person, u.status, 3, '部门系统报送',
            CASE WHEN u.status <> 1 THEN u.checked_on END, CASE WHEN u.status <> 1 THEN '部门系统报送' END, @now, @now
        FROM unnest(@numbers, @subjects, @persons, @names, @codes, @districts, @types, @matters, @contents, @signed, @due, @departments, @statuses, @checked)
            AS u(number, subject_id, is_person, subject_name, display_code, district_code, type, matter, content, signed_on, due_on, department_code, status, checked_on)
        ON CONFLICT (subject_id, number) DO UPDATE SET
            is_person = excluded.is_person, subject_name = excluded.subject_name, display_code = excluded.display_code,
            district_code = excluded.district_code, type = excluded.type, matter = excluded.matter, content = excluded.content,
            signed_on = excluded.signed_on, due_on = excluded.due_on, department_code = excluded.department_code, status = excluded.status,
            verified_on = CASE WHEN excluded.status <> 1 THEN COALESCE(commitments.verified_on, excluded.verified_on) ELSE commitments.verified_on END,
            verified_by = CASE WHEN excluded.status <> 1 THEN COALESCE(commitments.verified_by, excluded.verified_by) ELSE commitments.verified_by END,
            updated_at = excluded.updated_at
        WHERE (commitments.is_person, commitments.subject_name, commitments.display_code, commitments.district_code, commitments.type,
               commitments.matter, commitments.content, commitments.signed_on, commitments.due_on, commitments.department_code, commitments.status)
            IS DISTINCT FROM (excluded.is_person, excluded.subject_name, excluded.display_code, excluded.district_code, excluded.type,
               excluded.matter, excluded.content, excluded.signed_on, excluded.due_on, excluded.department_code, excluded.status)
        """;

    public async Task HandleAsync(CreditRecordsChanged message, CancellationToken cancellationToken)
    {
        var delivered = await records.ListAsync(message.SubjectIds, CommitmentNames.ItemCode, cancellationToken);
        if (delivered.Count == 0)
        {
            return;
        }

        var holders = delivered.Select(r => r.SubjectId).Distinct().ToList();
        var known = await subjects.GetAsync(holders, cancellationToken);
        var byName = (await departments.ListAsync(cancellationToken)).GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal);
        var today = ShanghaiTime.Today(clock);
        var rows = delivered
            .Where(r => known.ContainsKey(r.SubjectId))
            // One row per (subject, number): a later record of the same key (another item version) wins.
            .GroupBy(r => (r.SubjectId, r.SourceKey)).Select(g => g.OrderByDescending(r => r.RecordId).First())
            .Select(r =>
            {
                var subject = known[r.SubjectId];
                var v = r.Values;
                var status = r.Status == CreditRecordStatus.Revoked ? CommitmentStatus.Withdrawn : CommitmentNames.ParseStatus(v.GetValueOrDefault(WellKnownItems.Commitment.Status)) ?? CommitmentStatus.InForce;
                return new
                {
                    r.SourceKey, r.SubjectId, subject.IsPerson, Name = Cut(v.GetValueOrDefault("承诺主体名称") ?? subject.Name, 200), subject.DisplayCode, subject.DistrictCode,
                    Type = (short)(CommitmentNames.ParseType(v.GetValueOrDefault("承诺类型")) ?? CommitmentType.Proactive),
                    Matter = Cut(v.GetValueOrDefault("承诺事项") ?? "", 500), Content = Cut(v.GetValueOrDefault("承诺内容") ?? "", 4000),
                    Signed = Date(v.GetValueOrDefault("承诺日期")) ?? r.DecisionDate, Due = Date(v.GetValueOrDefault("承诺期限至")),
                    Department = v.GetValueOrDefault("承诺受理部门") is { } recipient && byName.TryGetValue(recipient, out var code) ? code : r.ProviderDepartment,
                    Status = (short)status, Checked = Date(v.GetValueOrDefault("核查日期")) ?? today,
                };
            })
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var parameters = new List<NpgsqlParameter>();
        parameters.AddUnnest(rows)
            .Column("numbers", r => r.SourceKey)
            .Column("subjects", r => r.SubjectId)
            .Column("persons", r => r.IsPerson)
            .Column("names", r => r.Name)
            .Column("codes", r => r.DisplayCode)
            .Column("districts", r => r.DistrictCode)
            .Column("types", r => r.Type)
            .Column("matters", r => r.Matter)
            .Column("contents", r => r.Content)
            .Column("signed", r => r.Signed)
            .Column("due", r => (object?)r.Due ?? DBNull.Value, NpgsqlDbType.Date)
            .Column("departments", r => r.Department)
            .Column("statuses", r => r.Status)
            .Column("checked", r => r.Checked);
        parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        await db.Database.ExecuteSqlRawAsync(Upsert, parameters, cancellationToken);

        // Delivered as 违诺 and without a breach record yet: claim them (so concurrent runs do not both write), write the
        // XYWN records, and release the claim of those not written, so the next run retries them.
        var claimed = await db.Database.SqlQueryRaw<long>(
            """
            UPDATE credit.commitments SET breach_number = 'WN-' || number,
                verification_note = COALESCE(verification_note, '承诺受理部门报送履约状态为违诺'), updated_at = @now
            WHERE subject_id = ANY(@holders) AND status = 3 AND breach_number IS NULL
            RETURNING id AS "Value"
            """,
            new NpgsqlParameter<long[]>("holders", holders.ToArray()), new NpgsqlParameter<DateTimeOffset>("now", now)).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return;
        }

        var breaches = await db.Commitments.AsNoTracking().Where(c => claimed.Contains(c.Id)).ToListAsync(cancellationToken);
        var written = (await service.DeliverBreachesAsync(breaches, "commitments-sync", cancellationToken)).Select(c => c.Id).ToHashSet();
        var failed = claimed.Where(id => !written.Contains(id)).ToArray();
        if (failed.Length > 0)
        {
            await db.Commitments.Where(c => failed.Contains(c.Id)).ExecuteUpdateAsync(u => u.SetProperty(c => c.BreachNumber, (string?)null), cancellationToken);
            logger.LogWarning("{Failed} of {Breaches} breach records not written; retried on the next change of those subjects", failed.Length, claimed.Count);
        }
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
