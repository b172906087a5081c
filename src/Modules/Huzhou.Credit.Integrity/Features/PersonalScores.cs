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
        // The history: today's entry is replaced by one when the score or the level differs from the newest entry before today.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM credit.integrity_score_history WHERE subject_id = {subjectId} AND recorded_on = {today}
            """, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO credit.integrity_score_history (subject_id, recorded_on, score, level, model_version, recorded_at)
            SELECT {subjectId}, {today}, {result.Score}, {result.Level}, {result.ModelVersion}, {now}
            WHERE NOT EXISTS (
                SELECT 1 FROM (SELECT score, level FROM credit.integrity_score_history WHERE subject_id = {subjectId} AND recorded_on < {today}
                               ORDER BY recorded_on DESC LIMIT 1) newest
                WHERE newest.score = {result.Score} AND newest.level = {result.Level})
            ON CONFLICT (subject_id, recorded_on) DO NOTHING
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
        var sources = await LoadAsync(subjectId, cancellationToken);
        var facts = FactsAsOf(sources, ShanghaiTime.Today(clock));
        return (facts, PersonalScoreModel.Compute(facts, options.Value.VolunteerPointsPerHour));
    }

    /// <summary>"How to raise it" for the person's current score (<see cref="ScoreAdvice"/>).</summary>
    public async Task<IReadOnlyList<AdviceLine>> AdviceAsync(long subjectId, PersonalScoreResult score, CancellationToken cancellationToken) =>
        ScoreAdvice.For(score, await CountingBadRecordsAsync(subjectId, cancellationToken), ShanghaiTime.Today(clock), options.Value.VolunteerPointsPerHour);

    /// <summary>The chart of the person's last twelve months (null without history).</summary>
    public async Task<ScoreChart?> ChartAsync(long subjectId, CancellationToken cancellationToken) =>
        ScoreChart.Build((await HistoryAsync(subjectId, 12, cancellationToken)).Select(h => (h.RecordedOn, h.Score)).ToList(), ShanghaiTime.Today(clock));

    /// <summary>The bad records that count in the person's score today (for "how to raise it").</summary>
    public async Task<IReadOnlyList<RepairableRecord>> CountingBadRecordsAsync(long subjectId, CancellationToken cancellationToken)
    {
        var since = ShanghaiTime.Today(clock).AddYears(-3);
        return (await badRecords.BadRecordsAsync(subjectId, cancellationToken)).Where(r => Counts(r) && r.DecisionDate >= since).ToList();
    }

    /// <summary>The person's score history of the last <paramref name="months"/> months, oldest first, with the entry in force at its start.</summary>
    public async Task<IReadOnlyList<ScoreHistoryEntry>> HistoryAsync(long subjectId, int months, CancellationToken cancellationToken)
    {
        var from = ShanghaiTime.Today(clock).AddMonths(-months);
        var inRange = await db.ScoreHistory.AsNoTracking().Where(h => h.SubjectId == subjectId && h.RecordedOn >= from).OrderBy(h => h.RecordedOn).ToListAsync(cancellationToken);
        var before = await db.ScoreHistory.AsNoTracking().Where(h => h.SubjectId == subjectId && h.RecordedOn < from).OrderByDescending(h => h.RecordedOn).FirstOrDefaultAsync(cancellationToken);
        return before is null ? inRange : [before, .. inRange];
    }

    /// <summary>
    /// Writes a person's history of the last <paramref name="months"/> months from the records themselves (the score as of
    /// each month's last day, counting only records decided by then), then the score of today; for the demo city.
    /// </summary>
    public async Task<int> RebuildHistoryAsync(long subjectId, int months, CancellationToken cancellationToken)
    {
        var sources = await LoadAsync(subjectId, cancellationToken);
        var today = ShanghaiTime.Today(clock);
        var written = 0;
        (int Score, int Level)? last = null;
        for (var m = months; m >= 1; m--)
        {
            var month = today.AddMonths(-m);
            var day = new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
            var result = PersonalScoreModel.Compute(FactsAsOf(sources, day), options.Value.VolunteerPointsPerHour);
            if (last != (result.Score, result.Level))
            {
                written += await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO credit.integrity_score_history (subject_id, recorded_on, score, level, model_version, recorded_at)
                    VALUES ({subjectId}, {day}, {result.Score}, {result.Level}, {result.ModelVersion}, {clock.GetUtcNow()})
                    ON CONFLICT (subject_id, recorded_on) DO NOTHING
                    """, cancellationToken);
                last = (result.Score, result.Level);
            }
        }

        await RefreshAsync(subjectId, cancellationToken);
        return written;
    }

    private static bool Counts(RepairableRecord r) => r.Status is CreditRecordStatus.Active or CreditRecordStatus.PublicityEnded or CreditRecordStatus.Corrected;

    private sealed record Sources(IReadOnlyList<ItemRecord> Provincial, IReadOnlyList<ItemRecord> Commitments, IReadOnlyList<ItemRecord> Honours, IReadOnlyList<ItemRecord> Volunteering, IReadOnlyList<RepairableRecord> Bad);

    private async Task<Sources> LoadAsync(long subjectId, CancellationToken cancellationToken)
    {
        async Task<IReadOnlyList<ItemRecord>> Of(string item) =>
            (await records.ListAsync([subjectId], item, cancellationToken)).Where(r => r.Status is not (CreditRecordStatus.Repaired or CreditRecordStatus.Revoked)).ToList();

        return new Sources(
            await Of(WellKnownItems.ProvincialEvaluation.Code), await Of(WellKnownItems.Commitment.Code), await Of(WellKnownItems.Honour.Code),
            await Of(WellKnownItems.VolunteerService.Code), (await badRecords.BadRecordsAsync(subjectId, cancellationToken)).Where(Counts).ToList());
    }

    /// <summary>The facts as of <paramref name="day"/>: records decided by then and within the three years before it.</summary>
    private static PersonFacts FactsAsOf(Sources sources, DateOnly day)
    {
        var since = day.AddYears(-3);
        bool InWindow(DateOnly decided) => decided >= since && decided <= day;
        var provincial = sources.Provincial.Where(r => r.DecisionDate <= day).OrderByDescending(r => r.DecisionDate)
            .Select(r => decimal.TryParse(r.Values.GetValueOrDefault(WellKnownItems.ProvincialEvaluation.Score), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
            .FirstOrDefault(v => v is not null);
        var commitments = sources.Commitments.Where(r => InWindow(r.DecisionDate)).ToList();
        var honours = sources.Honours.Count(r => InWindow(r.DecisionDate));
        var hours = sources.Volunteering.Where(r => InWindow(r.DecisionDate))
            .Sum(r => decimal.TryParse(r.Values.GetValueOrDefault(WellKnownItems.VolunteerService.Hours), NumberStyles.Number, CultureInfo.InvariantCulture, out var h) ? h : 0);
        var bad = sources.Bad.Where(r => InWindow(r.DecisionDate)).ToList();
        return new PersonFacts(
            provincial,
            commitments.Count(r => r.Values.GetValueOrDefault(WellKnownItems.Commitment.Status) is "已践诺" or WellKnownItems.Commitment.StatusKept),
            commitments.Count(r => r.Values.GetValueOrDefault(WellKnownItems.Commitment.Status) is "违诺" or WellKnownItems.Commitment.StatusBreached),
            honours,
            hours,
            bad.Count(r => r.PenaltyClass == PenaltyClass.Minor),
            bad.Count(r => r.PenaltyClass is null or PenaltyClass.General),
            bad.Count(r => r.PenaltyClass == PenaltyClass.Serious));
    }
}
