using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>Filters of the check log.</summary>
internal sealed record CheckLogQuery(string? Caller, string? Matter, CheckDecision? Decision, string? Code, DateOnly? From, DateOnly? To, int Page);

/// <summary>Reads for the staff pages: the check log, the rule set in force, measures and matters.</summary>
internal sealed class CheckQueries(SanctionsDbContext db)
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

        if (q.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
            source = source.Where(c => c.CheckedAt >= start);
        }

        if (q.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
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

    public Task<List<RuleSet>> RuleSetsAsync(CancellationToken cancellationToken) =>
        db.RuleSets.AsNoTracking().OrderByDescending(r => r.Version).ToListAsync(cancellationToken);

    public Task<List<Rule>> RulesAsync(int version, CancellationToken cancellationToken) =>
        db.Rules.AsNoTracking().Where(r => r.RuleSetVersion == version).OrderBy(r => r.Id).ToListAsync(cancellationToken);

    public Task<List<Measure>> MeasuresAsync(CancellationToken cancellationToken) =>
        db.Measures.AsNoTracking().OrderBy(m => m.Kind).ThenBy(m => m.Action).ThenBy(m => m.Code).ToListAsync(cancellationToken);

    public Task<List<Matter>> MattersAsync(CancellationToken cancellationToken) =>
        db.Matters.AsNoTracking().OrderBy(m => m.Domain).ThenBy(m => m.Code).ToListAsync(cancellationToken);
}
