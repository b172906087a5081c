using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>
/// The publicity rules (rule versions, their periods, the class mapping) prepared for per-row use: lookups
/// are arrays and frozen dictionaries, so computing a period allocates only the result.
/// </summary>
internal sealed class PublicityRuleSet
{
    private readonly CompiledVersion[] _versions; // by EffectiveFrom ascending
    private readonly ConcurrentDictionary<string, string> _sectorKeys = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<CatalogueItemVersion, FactSlots> _slots = new();

    public PublicityRuleSet(IEnumerable<PublicityRuleVersion> versions, IEnumerable<PublicityRulePeriod> periods, IEnumerable<PenaltyClassMapping> mappings)
    {
        var periodList = periods.ToList();
        var mappingList = mappings.Where(m => m.IsActive).ToList();
        _versions = versions.OrderBy(v => v.EffectiveFrom)
            .Select(v => new CompiledVersion(v, periodList.Where(p => p.RuleCode == v.Code), mappingList.Where(m => m.RuleCode is null || m.RuleCode == v.Code)))
            .ToArray();
    }

    public static PublicityRuleSet Empty { get; } = new([], [], []);

    /// <summary>Departments are matched to sectors by the part after the district prefix: CX-YJJ is in the HZ-YJJ sector.</summary>
    public static string SectorKey(string? department)
    {
        if (string.IsNullOrEmpty(department))
        {
            return "";
        }

        var dash = department.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? department : department[(dash + 1)..];
    }

    public PublicityPeriod Compute(CatalogueItemVersion item, DateOnly decisionDate, IReadOnlyDictionary<string, string> values, string providerDepartment)
    {
        values.TryGetValue(StandardColumns.Procedure, out var procedure);
        values.TryGetValue(StandardColumns.Fine, out var fine);
        values.TryGetValue(StandardColumns.PenaltyKinds, out var kinds);
        return Compute(item, decisionDate, new PenaltyFacts(procedure, fine, kinds), providerDepartment);
    }

    /// <summary>The same with the values by field position (<see cref="CatalogueItemVersion.Fields"/> order).</summary>
    public PublicityPeriod Compute(CatalogueItemVersion item, DateOnly decisionDate, ReadOnlySpan<string?> values, string providerDepartment)
    {
        if (item.PublicityRule != PublicityRuleKind.PenaltyClass)
        {
            return Compute(item, decisionDate, default(PenaltyFacts), providerDepartment);
        }

        var slots = _slots.GetValue(item, static i => new FactSlots(i));
        return Compute(item, decisionDate, new PenaltyFacts(slots.Procedure.At(values), slots.Fine.At(values), slots.Kinds.At(values)), providerDepartment);
    }

    private PublicityPeriod Compute(CatalogueItemVersion item, DateOnly decisionDate, PenaltyFacts facts, string providerDepartment)
    {
        switch (item.PublicityRule)
        {
            case PublicityRuleKind.FixedPeriod:
                return new PublicityPeriod(decisionDate, decisionDate.AddMonths(item.PublicityMonths ?? 0), null, null, "fixed", true);
            case PublicityRuleKind.Indefinite:
                return new PublicityPeriod(decisionDate, null, null, null, "indefinite", true);
        }

        var version = VersionFor(decisionDate)
            ?? throw new InvalidOperationException($"No publicity rule version is in force on {decisionDate:yyyy-MM-dd}.");
        var sector = _sectorKeys.GetOrAdd(providerDepartment ?? "", SectorKey);
        var penaltyClass = version.Classify(item, facts, sector);
        var period = version.PeriodFor(penaltyClass, sector);
        if (period is null || !period.Published)
        {
            return new PublicityPeriod(decisionDate, decisionDate, null, penaltyClass, version.Code, false);
        }

        return new PublicityPeriod(
            decisionDate,
            period.MaxMonths is { } max ? decisionDate.AddMonths(max) : null,
            period.MinMonths is { } min ? decisionDate.AddMonths(min) : null,
            penaltyClass,
            version.Code,
            true);
    }

    private CompiledVersion? VersionFor(DateOnly date)
    {
        CompiledVersion? found = null;
        foreach (var v in _versions)
        {
            if (v.EffectiveFrom > date)
            {
                break;
            }

            found = v;
        }

        // A decision older than every rule version: the oldest rule is the best available answer.
        return found ?? (_versions.Length > 0 ? _versions[0] : null);
    }

    private sealed class CompiledVersion
    {
        private readonly PublicityRulePeriod?[] _anySector = new PublicityRulePeriod?[4];
        private readonly FrozenDictionary<string, PublicityRulePeriod?[]> _bySector;
        private readonly FrozenDictionary<string, CompiledMapping[]> _byKind;
        private readonly CompiledMapping[] _anyKind;

        public CompiledVersion(PublicityRuleVersion version, IEnumerable<PublicityRulePeriod> periods, IEnumerable<PenaltyClassMapping> mappings)
        {
            Code = version.Code;
            EffectiveFrom = version.EffectiveFrom;
            var sectors = new Dictionary<string, PublicityRulePeriod?[]>(StringComparer.Ordinal);
            foreach (var p in periods)
            {
                if (p.Sector is null)
                {
                    _anySector[(int)p.Class] = p;
                }
                else
                {
                    var key = SectorKey(p.Sector);
                    if (!sectors.TryGetValue(key, out var array))
                    {
                        sectors[key] = array = new PublicityRulePeriod?[4];
                    }

                    array[(int)p.Class] = p;
                }
            }

            _bySector = sectors.ToFrozenDictionary(StringComparer.Ordinal);
            var compiled = mappings.Select(m => new CompiledMapping(m, version.Code))
                .OrderByDescending(m => m.Specificity).ThenByDescending(m => m.MinimumFine ?? -1m).ThenByDescending(m => m.Class)
                .ToList();
            _anyKind = compiled.Where(m => m.Kind == PenaltyClassMapping.AnyKind).ToArray();
            _byKind = compiled.Where(m => m.Kind != PenaltyClassMapping.AnyKind)
                .GroupBy(m => m.Kind, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        }

        public string Code { get; }

        public DateOnly EffectiveFrom { get; }

        /// <summary>The most severe class over the decision's penalty kinds; unknown kinds count as general.</summary>
        public PenaltyClass Classify(CatalogueItemVersion item, PenaltyFacts facts, string sector)
        {
            var procedure = facts.Procedure;
            decimal? fine = null;
            if (facts.Fine is { } fineText
                && decimal.TryParse(fineText, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                fine = parsed;
            }

            CatalogueField? kindsField = null;
            foreach (var f in item.Fields)
            {
                if (f.Key == StandardColumns.PenaltyKinds)
                {
                    kindsField = f;
                    break;
                }
            }

            var kinds = facts.Kinds;
            if (string.IsNullOrWhiteSpace(kinds))
            {
                return Match(null, procedure, sector, fine) ?? PenaltyClass.General;
            }

            PenaltyClass? worst = null;
            foreach (var range in kinds.AsSpan().SplitAny(StandardColumns.ListSeparators))
            {
                var token = kinds.AsSpan()[range].Trim();
                if (token.IsEmpty)
                {
                    continue;
                }

                var label = LabelOf(kindsField, token);
                var c = Match(label, procedure, sector, fine) ?? PenaltyClass.General;
                if (worst is null || c > worst)
                {
                    worst = c;
                }
            }

            return worst ?? PenaltyClass.General;
        }

        /// <summary>The period row for the class: a sector's own row first; a class the rule does not name borrows the general row.</summary>
        public PublicityRulePeriod? PeriodFor(PenaltyClass penaltyClass, string sector)
        {
            if (sector.Length > 0 && _bySector.TryGetValue(sector, out var own) && own[(int)penaltyClass] is { } sectorRow)
            {
                return sectorRow;
            }

            if (_anySector[(int)penaltyClass] is { } row)
            {
                return row;
            }

            if (penaltyClass != PenaltyClass.General)
            {
                return PeriodFor(PenaltyClass.General, sector);
            }

            return null;
        }

        private static string LabelOf(CatalogueField? field, ReadOnlySpan<char> token)
        {
            if (field is not null)
            {
                foreach (var o in field.Options)
                {
                    if (token.Equals(o.Code, StringComparison.OrdinalIgnoreCase) || token.Equals(o.Label, StringComparison.Ordinal))
                    {
                        return o.Label;
                    }
                }
            }

            return token.ToString();
        }

        private PenaltyClass? Match(string? kind, string? procedure, string sector, decimal? fine)
        {
            CompiledMapping? best = null;
            if (kind is not null && _byKind.TryGetValue(kind, out var rows))
            {
                best = First(rows, procedure, sector, fine);
            }

            var any = First(_anyKind, procedure, sector, fine);
            if (any is not null && (best is null || any.Specificity > best.Specificity))
            {
                best = any;
            }

            return best?.Class;
        }

        private static CompiledMapping? First(CompiledMapping[] rows, string? procedure, string sector, decimal? fine)
        {
            foreach (var m in rows)
            {
                if (m.Matches(procedure, sector, fine))
                {
                    return m;
                }
            }

            return null;
        }
    }

    private sealed class CompiledMapping
    {
        public CompiledMapping(PenaltyClassMapping mapping, string ruleCode)
        {
            Kind = mapping.PenaltyKind;
            Procedure = string.IsNullOrEmpty(mapping.Procedure) ? null : mapping.Procedure;
            Sector = string.IsNullOrEmpty(mapping.Sector) ? null : SectorKey(mapping.Sector);
            MinimumFine = mapping.MinimumFine;
            Class = mapping.Class;
            // The most specific row wins: a rule version's own row over a general one, a sector's over any
            // sector, a procedure's over any procedure, a named kind over "*", a fine threshold over none.
            Specificity = (mapping.RuleCode == ruleCode ? 16 : 0) + (Sector is null ? 0 : 8) + (Procedure is null ? 0 : 4)
                + (Kind == PenaltyClassMapping.AnyKind ? 0 : 2) + (MinimumFine is null ? 0 : 1);
        }

        public string Kind { get; }

        public string? Procedure { get; }

        public string? Sector { get; }

        public decimal? MinimumFine { get; }

        public PenaltyClass Class { get; }

        public int Specificity { get; }

        public bool Matches(string? procedure, string sector, decimal? fine) =>
            (Procedure is null || string.Equals(Procedure, procedure, StringComparison.Ordinal))
            && (Sector is null || string.Equals(Sector, sector, StringComparison.Ordinal))
            && (MinimumFine is null || (fine is { } f && f >= MinimumFine));
    }

    /// <summary>The normalised values the class mapping reads (null when absent).</summary>
    private readonly record struct PenaltyFacts(string? Procedure, string? Fine, string? Kinds);

    /// <summary>Where an item version keeps the values the class mapping reads, found once per item version.</summary>
    private sealed class FactSlots(CatalogueItemVersion item)
    {
        public Slot Procedure { get; } = new(item.IndexOfField(StandardColumns.Procedure));

        public Slot Fine { get; } = new(item.IndexOfField(StandardColumns.Fine));

        public Slot Kinds { get; } = new(item.IndexOfField(StandardColumns.PenaltyKinds));
    }

    private readonly record struct Slot(int Index)
    {
        public string? At(ReadOnlySpan<string?> values) => Index >= 0 && Index < values.Length ? values[Index] : null;
    }
}
