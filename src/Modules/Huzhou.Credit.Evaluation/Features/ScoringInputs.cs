using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>Loads what a run needs (models in use, item roles) and turns record tallies and list entries into <see cref="SubjectFacts"/>.</summary>
internal sealed class ScoringInputs(EvaluationDbContext db, ICatalogue catalogue, IListStanding lists)
{
    /// <summary>The fields with a published model (of <paramref name="only"/> when not empty), not retired.</summary>
    public async Task<IReadOnlyList<ActiveModel>> ActiveModelsAsync(IReadOnlyCollection<string> only, CancellationToken cancellationToken)
    {
        var rows = await db.Models.AsNoTracking()
            .Where(m => m.Status == ModelStatus.Published)
            .Join(db.Fields.Where(f => !f.Retired), m => m.FieldCode, f => f.Code, (m, f) => new { m, f })
            .ToListAsync(cancellationToken);
        return rows.Where(r => only.Count == 0 || only.Contains(r.f.Code))
            .OrderBy(r => r.f.Code, StringComparer.Ordinal)
            .Select(r => new ActiveModel(r.f, r.m, ModelDefinitions.Parse(r.m.Definition)))
            .ToList();
    }

    public async Task<ItemRoles> ItemRolesAsync(CancellationToken cancellationToken)
    {
        var items = await catalogue.ListItemsAsync(includeRetired: true, cancellationToken);
        var bad = items.Where(i => i.Nature == InformationNature.Bad && i.Section is not (DossierSection.BlackList or DossierSection.RedList))
            .Select(i => i.ItemCode).ToHashSet(StringComparer.Ordinal);
        var honours = items.Where(i => i.Nature == InformationNature.Good && i.Section == DossierSection.Honour)
            .Select(i => i.ItemCode).ToHashSet(StringComparer.Ordinal);
        var commitment = await catalogue.GetCurrentAsync(ItemRoles.CommitmentItemCode, cancellationToken);
        var provincial = await catalogue.GetCurrentAsync(ItemRoles.ProvincialItemCode, cancellationToken);
        int Position(CatalogueItemVersion? item, string label) => item is null ? -1 : item.Fields.ToList().FindIndex(f => f.Label == label);
        return new ItemRoles(
            bad,
            honours,
            Position(commitment, WellKnownItems.Commitment.Status) >= 0 ? ItemRoles.CommitmentItemCode : null,
            Position(provincial, WellKnownItems.ProvincialEvaluation.Score) >= 0 ? ItemRoles.ProvincialItemCode : null,
            Position(provincial, WellKnownItems.ProvincialEvaluation.Score),
            Position(provincial, WellKnownItems.ProvincialEvaluation.Batch))
        {
            CommitmentStatusPosition = Position(commitment, WellKnownItems.Commitment.Status),
        };
    }

    public static RecordTallyRequest Request(ItemRoles roles, IReadOnlyList<ActiveModel> models, DateOnly asOf) => new(
        asOf,
        Math.Clamp(models.Select(m => m.Definition.LongestYears).DefaultIfEmpty(1).Max(), 1, SubjectFacts.MaxYears),
        roles.CommitmentItem is { } c ? new Dictionary<string, int> { [c] = roles.CommitmentStatusPosition } : new Dictionary<string, int>(),
        roles.ProvincialItem is { } p ? [p] : [],
        [.. roles.BadItems, .. roles.HonourItems, .. new[] { roles.CommitmentItem, roles.ProvincialItem }.OfType<string>()]);

    /// <summary>Adds one tally to the subject's facts.</summary>
    public static void Add(SubjectFacts facts, RecordTally tally, ItemRoles roles)
    {
        if (tally.LatestPayload is { } latest && tally.ItemCode == roles.ProvincialItem && !tally.Repaired)
        {
            var bar = latest.IndexOf('|', StringComparison.Ordinal);
            var date = latest[..bar];
            if (facts.ProvincialDate is null || string.CompareOrdinal(date, facts.ProvincialDate) > 0)
            {
                var values = ReadArray(latest[(bar + 1)..]);
                if (values is not null && decimal.TryParse(At(values, roles.ProvincialScorePosition), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var score))
                {
                    facts.ProvincialDate = date;
                    facts.ProvincialScore = score;
                    facts.ProvincialBatch = At(values, roles.ProvincialBatchPosition);
                }
            }
        }

        if (tally.AgeYears is < 0 or >= SubjectFacts.MaxYears)
        {
            return;
        }

        var age = tally.AgeYears;
        if (roles.BadItems.Contains(tally.ItemCode))
        {
            (tally.Repaired ? facts.Repaired : facts.Bad[SubjectFacts.ClassIndex((short?)tally.PenaltyClass)])[age] += tally.Count;
        }
        else if (tally.Repaired)
        {
            return;
        }
        else if (roles.HonourItems.Contains(tally.ItemCode))
        {
            facts.Honours[age] += tally.Count;
        }
        else if (tally.ItemCode == roles.CommitmentItem)
        {
            if (tally.Detail == ItemRoles.KeptCode)
            {
                facts.CommitmentsKept[age] += tally.Count;
            }
            else if (tally.Detail == ItemRoles.BreachedCode)
            {
                facts.CommitmentsBreached[age] += tally.Count;
            }
        }
    }

    /// <summary>Counts the entries in force on the day of the run (approved, not removed, not past their validity).</summary>
    public async Task AddListsAsync(IReadOnlyDictionary<long, SubjectFacts> facts, DateOnly asOf, CancellationToken cancellationToken)
    {
        foreach (var chunk in facts.Keys.Chunk(10_000))
        {
            var standing = await lists.ApprovedEntriesAsync(chunk, cancellationToken);
            foreach (var (subject, entries) in standing)
            {
                var inForce = entries.Where(e => e.EffectiveFrom <= asOf && (e.ExpiresOn is null || e.ExpiresOn >= asOf)).ToList();
                facts[subject].BlackListEntries = inForce.Count(e => e.IsBlack);
                facts[subject].RedListEntries = inForce.Count(e => !e.IsBlack);
            }
        }
    }

    private static string?[]? ReadArray(string payload)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(payload);
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array
                ? doc.RootElement.EnumerateArray().Select(e => e.ValueKind switch
                {
                    System.Text.Json.JsonValueKind.Null => null,
                    System.Text.Json.JsonValueKind.String => e.GetString(),
                    _ => e.GetRawText(),
                }).ToArray()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string? At(string?[] values, int position) => position >= 0 && position < values.Length ? values[position] : null;
}
