using System.Globalization;
using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// A person's score from the record store, read through the Subjects contracts: the newest provincial evaluation
/// (GGXYPJ), commitments (XYCN 履约状态), honours (BZRY), volunteer hours (ZYFW) and the bad records that still count,
/// over three years. The result is stored (<see cref="StoredPersonalScore"/>): the page and the code read the stored
/// score, recomputed when it is stale (the person's records changed), of an earlier day or of an older model version.
/// </summary>
internal sealed class PersonalScores(IntegrityDbContext db, ICreditRecordAmendments records, ICreditRecordRepairs badRecords, IOptions<IntegrityOptions> options, TimeProvider clock)
{
    /// <summary>The person's current score: the stored one when it is fresh, else computed now and stored.</summary>
    public async Task<(PersonalScoreResult Result, DateTimeOffset ComputedAt)> CurrentAsync(long subjectId, CancellationToken cancellationToken)
    {
        var stored = await db.PersonalScores.AsNoTracking().FirstOrDefaultAsync(s => s.SubjectId == subjectId, cancellationToken);
        if (stored is { Stale: false } && stored.ModelVersion == PersonalScoreModel.Version && stored.ComputedOn == ShanghaiTime.Today(clock))
        {
            var lines = JsonSerializer.Deserialize<List<ScoreLine>>(stored.Explanation) ?? [];
            return (new PersonalScoreResult(stored.Score, stored.Level, stored.ModelVersion, lines, stored.Adjustment), stored.ComputedAt);
        }

        return await RefreshAsync(subjectId, cancellationToken);
    }

    /// <summary>Computes the score from the records and stores it (insert or replace).</summary>
    public async Task<(PersonalScoreResult Result, DateTimeOffset ComputedAt)> RefreshAsync(long subjectId, CancellationToken cancellationToken)
    {
        var (_, result) = await ComputeAsync(subjectId, cancellationToken);
        var now = clock.GetUtcNow();
        var today = ShanghaiTime.Today(clock);
        var explanation = JsonSerializer.Serialize(result.Lines);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO credit.integrity_personal_scores (subject_id, score, level, model_version, explanation, adjustment, computed_on, computed_at, stale)
            VALUES ({subjectId}, {result.Score}, {result.Level}, {result.ModelVersion}, {explanation}::jsonb, {result.Adjustment}, {today}, {now}, false)
            ON CONFLICT (subject_id) DO UPDATE SET score = excluded.score, level = excluded.level, model_version = excluded.model_version,
                explanation = excluded.explanation, adjustment = excluded.adjustment, computed_on = excluded.computed_on,
                computed_at = excluded.computed_at, stale = false
            """, cancellationToken);
        return (result, now);
    }

    /// <summary>Marks the stored scores of these subjects stale (their records changed); subjects without one are untouched.</summary>
    public Task<int> MarkStaleAsync(long[] subjectIds, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"UPDATE credit.integrity_personal_scores SET stale = true WHERE subject_id = ANY({subjectIds}) AND NOT stale", cancellationToken);

    /// <summary>The next stored scores the nightly job must recompute: stale, of an older model, or computed before today.</summary>
    public Task<List<long>> DueAsync(long afterId, int take, CancellationToken cancellationToken)
    {
        var today = ShanghaiTime.Today(clock);
        return db.PersonalScores.AsNoTracking()
            .Where(s => s.SubjectId > afterId && (s.Stale || s.ModelVersion != PersonalScoreModel.Version || s.ComputedOn < today))
            .OrderBy(s => s.SubjectId).Select(s => s.SubjectId).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<(PersonFacts Facts, PersonalScoreResult Result)> ComputeAsync(long subjectId, CancellationToken cancellationToken)
    {
        var since = ShanghaiTime.Today(clock).AddYears(-3);
        async Task<IReadOnlyList<ItemRecord>> Of(string item) =>
            (await records.ListAsync([subjectId], item, cancellationToken)).Where(r => r.Status is not (CreditRecordStatus.Repaired or CreditRecordStatus.Revoked)).ToList();

        var provincial = (await Of(WellKnownItems.ProvincialEvaluation.Code)).OrderByDescending(r => r.DecisionDate)
            .Select(r => decimal.TryParse(r.Values.GetValueOrDefault(WellKnownItems.ProvincialEvaluation.Score), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
            .FirstOrDefault(v => v is not null);
        var commitments = (await Of(WellKnownItems.Commitment.Code)).Where(r => r.DecisionDate >= since).ToList();
        var honours = (await Of(WellKnownItems.Honour.Code)).Count(r => r.DecisionDate >= since);
        var hours = (await Of(WellKnownItems.VolunteerService.Code)).Where(r => r.DecisionDate >= since)
            .Sum(r => decimal.TryParse(r.Values.GetValueOrDefault(WellKnownItems.VolunteerService.Hours), NumberStyles.Number, CultureInfo.InvariantCulture, out var h) ? h : 0);
        var bad = (await badRecords.BadRecordsAsync(subjectId, cancellationToken)).Where(r => r.Status is CreditRecordStatus.Active or CreditRecordStatus.PublicityEnded or CreditRecordStatus.Corrected && r.DecisionDate >= since).ToList();
        var facts = new PersonFacts(
            provincial,
            commitments.Count(r => r.Values.GetValueOrDefault(WellKnownItems.Commitment.Status) is "已践诺" or WellKnownItems.Commitment.StatusKept),
            commitments.Count(r => r.Values.GetValueOrDefault(WellKnownItems.Commitment.Status) is "违诺" or WellKnownItems.Commitment.StatusBreached),
            honours,
            hours,
            bad.Count(r => r.PenaltyClass == PenaltyClass.Minor),
            bad.Count(r => r.PenaltyClass is null or PenaltyClass.General),
            bad.Count(r => r.PenaltyClass == PenaltyClass.Serious));
        return (facts, PersonalScoreModel.Compute(facts, options.Value.VolunteerPointsPerHour));
    }
}
