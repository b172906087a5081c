using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>Reads for the staff pages: the check log, the rule set in force, measures and matters.</summary>
internal sealed class CheckQueries(SanctionsDbContext db, TimeProvider clock, IApiClientDirectory clients)
{
    public const int PageSize = 50;

    public async Task<PagedList<CheckRecord>> LogAsync(CheckLogQuery q, CancellationToken cancellationToken)
    {
        var source = db.Checks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Caller))
        {
            source = source.Where(c => c.Caller == q.Caller);
        }

        if (!string.IsNullOrWhiteSpace(q.Matter))
        {
            source = source.Where(c => c.MatterCode == q.Matter);
        }

        if (q.Decision is { } d)
        {
            source = source.Where(c => c.Decision == d);
        }

        if (!string.IsNullOrWhiteSpace(q.Code))
        {
            var code = q.Code.Trim().ToUpperInvariant();
            source = source.Where(c => c.SubjectCode == code);
        }

        // Calendar days in Huzhou as UTC instants (Npgsql writes timestamptz parameters only at offset zero).
        var range = ShanghaiTime.DayRange(q.From, q.To).Value;
        if (range.Start is { } start)
        {
            source = source.Where(c => c.CheckedAt >= start);
        }

        if (range.End is { } end)
        {
            source = source.Where(c => c.CheckedAt < end);
        }

        var page = Math.Max(1, q.Page);
        var total = await source.LongCountAsync(cancellationToken);
        var rows = await source.OrderByDescending(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new PagedList<CheckRecord>(rows, page, PageSize, total);
    }

    public async Task<Dictionary<CheckDecision, long>> DecisionCountsAsync(CancellationToken cancellationToken) =>
        await db.Checks.AsNoTracking().GroupBy(c => c.Decision).Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

    /// <summary>The callers that are test clients (测试客户端), to mark them where checks and cases are listed.</summary>
    public Task<IReadOnlySet<string>> TestCallersAsync(CancellationToken cancellationToken) => clients.TestCallersAsync(cancellationToken);

    /// <summary>
    /// Checks of the last <paramref name="days"/> days by business system and by matter, each split by decision. The
    /// checks of test clients (测试客户端) are left out unless <paramref name="includeTestClients"/>; when included, their
    /// rows are marked.
    /// </summary>
    public async Task<CheckStatistics> StatisticsAsync(int days, bool includeTestClients, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-days);
        var recent = db.Checks.AsNoTracking().Where(c => c.CheckedAt >= since);
        var testCallers = await clients.TestCallersAsync(cancellationToken);
        long leftOut = 0;
        if (!includeTestClients && testCallers.Count > 0)
        {
            var names = testCallers.ToArray();
            leftOut = await recent.LongCountAsync(c => names.Contains(c.Caller), cancellationToken);
            recent = recent.Where(c => !names.Contains(c.Caller));
        }

        var bySystem = await recent.GroupBy(c => new { c.Caller, c.Decision }).Select(g => new { g.Key.Caller, g.Key.Decision, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var byMatter = await recent.GroupBy(c => new { c.MatterCode, c.Decision }).Select(g => new { g.Key.MatterCode, g.Key.Decision, Count = g.LongCount() }).ToListAsync(cancellationToken);
        return new CheckStatistics(
            days,
            bySystem.GroupBy(x => x.Caller).Select(g => new StatisticsRow(g.Key, g.ToDictionary(x => x.Decision, x => x.Count), testCallers.Contains(g.Key))).OrderByDescending(r => r.Total).ToList(),
            byMatter.GroupBy(x => x.MatterCode).Select(g => new StatisticsRow(g.Key, g.ToDictionary(x => x.Decision, x => x.Count))).OrderByDescending(r => r.Total).Take(30).ToList(),
            includeTestClients,
            leftOut);
    }

    public Task<List<RuleSet>> RuleSetsAsync(CancellationToken cancellationToken) =>
        db.RuleSets.AsNoTracking().OrderByDescending(r => r.Version).ToListAsync(cancellationToken);

    public Task<List<Rule>> RulesAsync(int version, CancellationToken cancellationToken) =>
        db.Rules.AsNoTracking().Where(r => r.RuleSetVersion == version).OrderBy(r => r.Id).ToListAsync(cancellationToken);

    public Task<List<Measure>> MeasuresAsync(CancellationToken cancellationToken) =>
        db.Measures.AsNoTracking().OrderBy(m => m.Kind).ThenBy(m => m.Action).ThenBy(m => m.Code).ToListAsync(cancellationToken);

    public Task<List<Matter>> MattersAsync(CancellationToken cancellationToken) =>
        db.Matters.AsNoTracking().OrderBy(m => m.Domain).ThenBy(m => m.Code).ToListAsync(cancellationToken);
}
