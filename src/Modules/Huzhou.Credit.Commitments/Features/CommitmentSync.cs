using System.Globalization;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

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
    public async Task HandleAsync(CreditRecordsChanged message, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SyncAsync(message.SubjectIds, cancellationToken);
                return;
            }
            catch (DbUpdateException ex) when (attempt < 3 && ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                // Another run (the outbox and a direct call, or two events) inserted the same commitments first: again, now updating them.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task SyncAsync(long[] subjectIds, CancellationToken cancellationToken)
    {
        var delivered = await records.ListAsync(subjectIds, CommitmentNames.ItemCode, cancellationToken);
        if (delivered.Count == 0)
        {
            return;
        }

        var holders = delivered.Select(r => r.SubjectId).Distinct().ToList();
        var known = await subjects.GetAsync(holders, cancellationToken);
        var byName = (await departments.ListAsync(cancellationToken)).GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal);
        var existing = (await db.Commitments.Where(c => holders.Contains(c.SubjectId)).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.SubjectId, c.Number));
        var now = clock.GetUtcNow();
        var breaches = new List<Commitment>();
        foreach (var record in delivered)
        {
            if (!known.TryGetValue(record.SubjectId, out var subject))
            {
                continue;
            }

            var v = record.Values;
            var type = CommitmentNames.ParseType(v.GetValueOrDefault("承诺类型")) ?? CommitmentType.Proactive;
            var status = record.Status == 4 ? CommitmentStatus.Withdrawn : CommitmentNames.ParseStatus(v.GetValueOrDefault("履约状态")) ?? CommitmentStatus.InForce;
            if (!existing.TryGetValue((record.SubjectId, record.SourceKey), out var commitment))
            {
                commitment = new Commitment
                {
                    SubjectId = record.SubjectId, Number = record.SourceKey, Source = CommitmentSource.Collection, CreatedAt = now,
                    SignedBy = "部门系统报送", IsPublic = !subject.IsPerson, Status = status,
                };
                db.Commitments.Add(commitment);
                existing[(record.SubjectId, record.SourceKey)] = commitment;
            }

            commitment.IsPerson = subject.IsPerson;
            commitment.SubjectName = Cut(v.GetValueOrDefault("承诺主体名称") ?? subject.Name, 200);
            commitment.DisplayCode = subject.DisplayCode;
            commitment.DistrictCode = subject.DistrictCode;
            commitment.Type = type;
            commitment.Matter = Cut(v.GetValueOrDefault("承诺事项") ?? "", 500);
            commitment.Content = Cut(v.GetValueOrDefault("承诺内容") ?? "", 4000);
            commitment.SignedOn = Date(v.GetValueOrDefault("承诺日期")) ?? record.DecisionDate;
            commitment.DueOn = Date(v.GetValueOrDefault("承诺期限至"));
            commitment.DepartmentCode = v.GetValueOrDefault("承诺受理部门") is { } recipient && byName.TryGetValue(recipient, out var code) ? code : record.ProviderDepartment;
            commitment.Status = status;
            if (status != CommitmentStatus.InForce && commitment.VerifiedOn is null)
            {
                // Verified in the department's own system: the delivery carries the outcome.
                commitment.VerifiedOn = Date(v.GetValueOrDefault("核查日期")) ?? ShanghaiTime.Today(clock);
                commitment.VerifiedBy = "部门系统报送";
            }

            if (status == CommitmentStatus.Breached && commitment.BreachNumber is null)
            {
                commitment.BreachNumber = "WN-" + commitment.Number;
                commitment.VerificationNote ??= "承诺受理部门报送履约状态为违诺";
                breaches.Add(commitment);
            }

            if (db.Entry(commitment).State == EntityState.Modified)
            {
                commitment.UpdatedAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (breaches.Count > 0)
        {
            var written = await service.DeliverBreachesAsync(breaches, "commitments-sync", cancellationToken);
            logger.LogInformation("{Written} of {Breaches} delivered breaches written as XYWN records", written.Count, breaches.Count);
        }
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
