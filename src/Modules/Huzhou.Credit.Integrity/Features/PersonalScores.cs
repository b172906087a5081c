using System.Globalization;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// A person's score from the record store, read through the Subjects contracts: the newest provincial evaluation
/// (GGXYPJ), commitments (XYCN 履约状态), honours (BZRY), volunteer hours (ZYFW) and the bad records that still count,
/// over three years. Computed when asked (the code page, the nightly refresh), so it always reflects the records.
/// </summary>
internal sealed class PersonalScores(ICreditRecordAmendments records, ICreditRecordRepairs badRecords, IOptions<IntegrityOptions> options, TimeProvider clock)
{
    public async Task<(PersonFacts Facts, PersonalScoreResult Result)> ComputeAsync(long subjectId, CancellationToken cancellationToken)
    {
        var since = ShanghaiTime.Today(clock).AddYears(-3);
        async Task<IReadOnlyList<ItemRecord>> Of(string item) =>
            (await records.ListAsync([subjectId], item, cancellationToken)).Where(r => r.Status is not (3 or 4)).ToList();

        var provincial = (await Of("GGXYPJ")).OrderByDescending(r => r.DecisionDate)
            .Select(r => decimal.TryParse(r.Values.GetValueOrDefault("评价分值"), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
            .FirstOrDefault(v => v is not null);
        var commitments = (await Of("XYCN")).Where(r => r.DecisionDate >= since).ToList();
        var honours = (await Of("BZRY")).Count(r => r.DecisionDate >= since);
        var hours = (await Of("ZYFW")).Where(r => r.DecisionDate >= since)
            .Sum(r => decimal.TryParse(r.Values.GetValueOrDefault("服务时长（小时）"), NumberStyles.Number, CultureInfo.InvariantCulture, out var h) ? h : 0);
        var bad = (await badRecords.BadRecordsAsync(subjectId, cancellationToken)).Where(r => r.Status is 1 or 2 or 5 && r.DecisionDate >= since).ToList();
        var facts = new PersonFacts(
            provincial,
            commitments.Count(r => r.Values.GetValueOrDefault("履约状态") == "已践诺" || r.Values.GetValueOrDefault("履约状态") == "2"),
            commitments.Count(r => r.Values.GetValueOrDefault("履约状态") == "违诺" || r.Values.GetValueOrDefault("履约状态") == "3"),
            honours,
            hours,
            bad.Count(r => r.PenaltyClass == 1),
            bad.Count(r => r.PenaltyClass is null or 2),
            bad.Count(r => r.PenaltyClass == 3));
        return (facts, PersonalScoreModel.Compute(facts, options.Value.VolunteerPointsPerHour));
    }
}
