using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Catalogue.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>
/// The whole catalogue and the publicity rules in memory: a few dozen items with a handful of versions each
/// and a few dozen rule rows. Reloaded after <see cref="Lifetime"/> or at once when an edit calls
/// <see cref="Invalidate"/> (one web process; a second process sees edits within the lifetime).
/// </summary>
internal sealed class CatalogueCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(3);

    private readonly object _gate = new();
    private volatile CatalogueSnapshot? _snapshot;

    public void Invalidate() => _snapshot = null;

    /// <summary>The snapshot, loading it synchronously when needed (the calculator's callers are synchronous).</summary>
    public CatalogueSnapshot Get()
    {
        var current = _snapshot;
        if (current is not null && clock.GetUtcNow() - current.LoadedAt < Lifetime)
        {
            return current;
        }

        lock (_gate)
        {
            current = _snapshot;
            if (current is not null && clock.GetUtcNow() - current.LoadedAt < Lifetime)
            {
                return current;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            current = Load(db, clock.GetUtcNow());
            _snapshot = current;
            return current;
        }
    }

    private static CatalogueSnapshot Load(CatalogueDbContext db, DateTimeOffset now)
    {
        var items = db.Items.AsNoTracking().ToList();
        var versions = db.ItemVersions.AsNoTracking().ToList();
        var retired = items.ToDictionary(i => i.Code, i => i.IsRetired, StringComparer.Ordinal);
        var synonyms = db.Synonyms.AsNoTracking().Where(o => o.IsActive).ToList()
            .ToLookup(o => (o.ItemCode, o.FieldKey));
        var byKey = versions.ToDictionary(
            v => (v.ItemCode, v.Version),
            v => WithSynonyms(SchemaJson.ToContract(v, retired.GetValueOrDefault(v.ItemCode)), synonyms));
        var summaries = items
            .OrderBy(i => i.IsRetired).ThenBy(i => byKey.TryGetValue((i.Code, i.CurrentVersion), out var v) ? (int)v.Section : 99).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Where(i => byKey.ContainsKey((i.Code, i.CurrentVersion)))
            .Select(i =>
            {
                var v = byKey[(i.Code, i.CurrentVersion)];
                return new CatalogueItemSummary(i.Code, v.Name, i.CurrentVersion, v.Section, v.Nature, v.Disclosure, i.IsRetired, i.ExpectedDelivery);
            })
            .ToList();
        var current = items.Where(i => byKey.ContainsKey((i.Code, i.CurrentVersion)))
            .ToDictionary(i => i.Code, i => byKey[(i.Code, i.CurrentVersion)], StringComparer.OrdinalIgnoreCase);
        var ruleVersions = db.RuleVersions.AsNoTracking().ToList();
        var rules = new PublicityRuleSet(ruleVersions, db.RulePeriods.AsNoTracking().ToList(), db.ClassMappings.AsNoTracking().Where(m => m.IsActive).ToList());
        var versionInfo = ruleVersions.OrderBy(v => v.EffectiveFrom).Select(v => new PublicityRuleVersionInfo(v.Code, v.Name, v.BasisDocument, v.EffectiveFrom)).ToList();
        return new CatalogueSnapshot(now, summaries, current, byKey, rules, versionInfo);
    }

    /// <summary>The item version with the synonyms of its enum and code-list fields merged into their options.</summary>
    private static CatalogueItemVersion WithSynonyms(CatalogueItemVersion version, ILookup<(string, string), OptionSynonym> synonyms)
    {
        if (!version.Fields.Any(f => synonyms.Contains((version.ItemCode, f.Key))))
        {
            return version;
        }

        var fields = version.Fields.Select(f =>
        {
            var own = synonyms[(version.ItemCode, f.Key)].ToList();
            if (own.Count == 0 || f.Type is not (FieldType.Enum or FieldType.CodeList))
            {
                return f;
            }

            // Synonyms for codes the version lacks (an option removed in a later version) are not applied to it;
            // those for the credit code's decision go on a pseudo-option of their own.
            var options = f.Options.Select(o => o with
            {
                Synonyms = own.Where(s => s.Code == o.Code).Select(s => s.Text).ToArray() is { Length: > 0 } texts ? texts : null,
            }).ToList();
            var byCode = own.Where(s => s.Code == FieldOption.ByCreditCode).Select(s => s.Text).ToArray();
            if (byCode.Length > 0)
            {
                options.Add(new FieldOption(FieldOption.ByCreditCode, "按统一社会信用代码判定", byCode));
            }

            return f with { Options = options };
        }).ToArray();
        return version with { Fields = fields };
    }
}
