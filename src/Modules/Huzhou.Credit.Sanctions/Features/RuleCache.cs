using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The active rule set held in memory: the published version with the latest effective time not in the future,
/// its rules, the measures and the matters. Reloaded after <see cref="Lifetime"/> (so a version whose effective time
/// arrives, or one published on another node, is picked up) and at once when this node publishes.
/// </summary>
internal sealed class RuleCache(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ActiveRules? _rules;
    private DateTimeOffset _loadedAt;

    public async Task<ActiveRules> GetAsync(CancellationToken cancellationToken)
    {
        var current = _rules;
        if (current is not null && clock.GetUtcNow() - _loadedAt < Lifetime)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_rules is null || clock.GetUtcNow() - _loadedAt >= Lifetime)
            {
                _rules = await LoadAsync(cancellationToken);
                _loadedAt = clock.GetUtcNow();
            }

            return _rules;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _loadedAt = DateTimeOffset.MinValue;

    public void Dispose() => _gate.Dispose();

    private async Task<ActiveRules> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctionsDbContext>();
        var now = clock.GetUtcNow();
        var version = await db.RuleSets.AsNoTracking()
            .Where(r => r.Status == RuleSetStatus.Published && r.EffectiveAt <= now)
            .OrderByDescending(r => r.EffectiveAt).ThenByDescending(r => r.Version)
            .Select(r => (int?)r.Version)
            .FirstOrDefaultAsync(cancellationToken);
        var rules = version is null ? [] : await db.Rules.AsNoTracking().Where(r => r.RuleSetVersion == version).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        var matters = await db.Matters.AsNoTracking().ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        return new ActiveRules(version ?? 0, rules, measures, matters);
    }
}
