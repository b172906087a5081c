using System.Text.Json;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>Turns a business system's feedback on one of its checks into a case (联合奖惩案例).</summary>
internal sealed class CaseService(SanctionsDbContext db, RuleCache cache, TimeProvider clock)
{
    /// <summary>
    /// The case made of the feedback; refused as not found (no such check of this caller), conflict (feedback already
    /// given) or invalid (bad input).
    /// </summary>
    public async Task<Result<SanctionCase>> FeedbackAsync(long checkId, FeedbackRequest request, string caller, CancellationToken cancellationToken)
    {
        var check = await db.Checks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == checkId && c.Caller == caller, cancellationToken);
        if (check is null)
        {
            return Result<SanctionCase>.NotFound($"没有编号为 {checkId} 的本系统核查记录。");
        }

        // Stored and shown to staff: control, bidi-override and unpaired surrogate characters are refused (issue #23).
        // Their lengths are checked below, with the messages the API has always given.
        if ((CallerText.Refusal("outcome", request.Outcome, int.MaxValue) ?? CallerText.Refusal("operator", request.Operator, int.MaxValue)
            ?? CallerText.Refusal("measure", request.Measure, 64)) is { } refused)
        {
            return Result<SanctionCase>.Failure(refused);
        }

        if (string.IsNullOrWhiteSpace(request.Outcome) || request.Outcome.Length > 500)
        {
            return Result<SanctionCase>.Failure("请填写处理结果（outcome），不超过500字。");
        }

        if (string.IsNullOrWhiteSpace(request.Operator) || request.Operator.Length > 100)
        {
            return Result<SanctionCase>.Failure("请填写经办人（operator），不超过100字。");
        }

        var measure = string.IsNullOrWhiteSpace(request.Measure) ? null : request.Measure.Trim();
        if (measure is not null)
        {
            var hit = JsonDocument.Parse(check.Hits).RootElement.EnumerateArray().Any(h => h.GetProperty("measure").GetString() == measure);
            if (!hit)
            {
                return Result<SanctionCase>.Failure($"措施 {measure} 不在该次核查命中的措施中。");
            }
        }

        var now = clock.GetUtcNow();
        if (request.AppliedAt is { } applied && (applied > now.AddMinutes(5) || applied < check.CheckedAt.AddMinutes(-5)))
        {
            return Result<SanctionCase>.Failure("appliedAt 应在核查时间之后、当前时间之前。");
        }

        if (await db.Cases.AnyAsync(c => c.CheckId == checkId, cancellationToken))
        {
            return Result<SanctionCase>.Conflict("该次核查已经反馈过。");
        }

        var rules = await cache.GetAsync(cancellationToken);
        var entry = new SanctionCase
        {
            CheckId = check.Id,
            Caller = caller,
            SubjectId = check.SubjectId,
            SubjectCode = check.SubjectCode,
            MatterCode = check.MatterCode,
            Domain = rules.Matters.TryGetValue(check.MatterCode, out var matter) ? matter.Domain : MatterDomain.Approvals,
            MeasureCode = measure,
            Outcome = request.Outcome.Trim(),
            Operator = request.Operator.Trim(),
            AppliedAt = request.AppliedAt ?? now,
            ReceivedAt = now,
        };
        db.Cases.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return Result<SanctionCase>.Conflict("该次核查已经反馈过。");
        }

        return Result.Success(entry);
    }

    /// <summary>
    /// Cases by matter domain (联合奖惩案例 by field) and coverage: domains with at least one case / all domains. The cases
    /// of the callers in <paramref name="leaveOut"/> (test clients, unless the reader includes them) are not counted.
    /// </summary>
    public async Task<(IReadOnlyDictionary<MatterDomain, long> ByDomain, int Covered, int Domains)> StatisticsAsync(IReadOnlySet<string> leaveOut, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking();
        if (leaveOut.Count > 0)
        {
            var names = leaveOut.ToArray();
            cases = cases.Where(c => !names.Contains(c.Caller));
        }

        var counts = await cases.GroupBy(c => c.Domain).Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var all = Enum.GetValues<MatterDomain>().Length;
        return (counts, counts.Count(c => c.Value > 0), all);
    }

    public Task<List<SanctionCase>> RecentAsync(int take, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().OrderByDescending(c => c.Id).Take(take).ToListAsync(cancellationToken);
}
