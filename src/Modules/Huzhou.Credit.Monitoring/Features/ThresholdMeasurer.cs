using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Measures a threshold rule through the owning modules' aggregate contracts — never a scan of the record store:
/// serious penalties from the record store's partial index (<see cref="ICreditRecordAggregates"/>), grade shares from
/// the current results' index (<see cref="IEvaluationGradeCounts"/>), the rates from Collection's per-day statistics
/// (<see cref="IDeliveryQuality"/>). One measure per scope value: one district or department, or each of them.
/// </summary>
internal sealed class ThresholdMeasurer(
    MonitoringDbContext db,
    ICreditRecordAggregates records,
    IEvaluationGradeCounts grades,
    IDeliveryQuality quality,
    IDistrictDirectory districts,
    IDepartmentDirectory departments)
{
    public async Task<IReadOnlyList<ThresholdMeasure>> MeasureAsync(ThresholdRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var today = DateOnly.FromDateTime(ShanghaiTime.ToShanghai(now).DateTime);
        return rule.Metric switch
        {
            ThresholdMetric.SeriousPenalties => await SeriousPenaltiesAsync(rule, today, cancellationToken),
            ThresholdMetric.GradeShare => await GradeShareAsync(rule, cancellationToken),
            _ => await RateAsync(rule, today, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<ThresholdMeasure>> SeriousPenaltiesAsync(ThresholdRule rule, DateOnly today, CancellationToken cancellationToken)
    {
        var (from, to) = ThresholdPeriods.Month(today);
        var counts = (await records.SeriousPenaltiesByDistrictAsync(from, to, cancellationToken)).ToDictionary(c => c.DistrictCode, c => c.Count, StringComparer.Ordinal);
        var names = await DistrictNamesAsync(cancellationToken);
        return Scopes(rule.DistrictCode, names).Select(d =>
        {
            var count = d == StaffOwners.City ? counts.Values.Sum() : counts.GetValueOrDefault(d);
            return Measure(rule, d, names.GetValueOrDefault(d) ?? d, d, count, count, 1);
        }).ToList();
    }

    private async Task<IReadOnlyList<ThresholdMeasure>> GradeShareAsync(ThresholdRule rule, CancellationToken cancellationToken)
    {
        long[]? ids = null;
        if (rule.WatchListId is { } listId)
        {
            ids = await db.WatchItems.AsNoTracking().Where(i => i.WatchListId == listId && i.SubjectId != null).Select(i => i.SubjectId!.Value).ToArrayAsync(cancellationToken);
        }

        var rows = await grades.GradeCountsAsync(rule.FieldCode ?? "", ids, cancellationToken);
        var names = await DistrictNamesAsync(cancellationToken);
        var grade = rule.Grade ?? "D";
        return Scopes(rule.DistrictCode ?? StaffOwners.City, names).Select(d =>
        {
            var inScope = rows.Where(r => d == StaffOwners.City || r.DistrictCode == d).ToList();
            var part = inScope.Where(r => r.Grade == grade).Sum(r => r.Count);
            var whole = inScope.Sum(r => r.Count);
            return Measure(rule, d, names.GetValueOrDefault(d) ?? d, d, ThresholdPeriods.Percent(part, whole), part, whole);
        }).ToList();
    }

    private async Task<IReadOnlyList<ThresholdMeasure>> RateAsync(ThresholdRule rule, DateOnly today, CancellationToken cancellationToken)
    {
        var figures = await quality.QualityAsync(today.AddDays(1 - Math.Max(1, rule.WindowDays)), today, cancellationToken);
        var known = (await departments.ListAsync(cancellationToken)).ToDictionary(d => d.Code, StringComparer.Ordinal);
        var chosen = rule.DepartmentCode == ThresholdRule.Each
            ? figures
            : figures.Where(f => f.DepartmentCode == rule.DepartmentCode).DefaultIfEmpty(new DeliveryQualityFigures(rule.DepartmentCode ?? "", 0, 0, 0, 0, 0, 0));
        return chosen.Select(f =>
        {
            var (part, whole) = rule.Metric switch
            {
                ThresholdMetric.Timeliness => (f.Timely, f.TimedRows),
                ThresholdMetric.Compliance => (f.Accepted, f.Received),
                _ => ((long)f.ItemsReported, (long)f.ItemsExpected),
            };
            var info = known.GetValueOrDefault(f.DepartmentCode);
            return Measure(rule, f.DepartmentCode, info?.Name ?? f.DepartmentCode, info?.DistrictCode ?? StaffOwners.City, ThresholdPeriods.Percent(Math.Min(part, whole), whole), part, whole);
        }).ToList();
    }

    private static ThresholdMeasure Measure(ThresholdRule rule, string scope, string label, string district, decimal? value, long part, long whole) =>
        new(scope, label, district, value, part, whole, value is { } v && ThresholdPeriods.Breaches(rule.Comparison, v, rule.Threshold));

    /// <summary>One district (330500 the city as a whole) or, for "each", every district of the city.</summary>
    private static IEnumerable<string> Scopes(string? district, IReadOnlyDictionary<string, string> names) =>
        district == ThresholdRule.Each ? names.Keys.Where(k => k != StaffOwners.City).Order(StringComparer.Ordinal) : [district ?? StaffOwners.City];

    private async Task<IReadOnlyDictionary<string, string>> DistrictNamesAsync(CancellationToken cancellationToken) =>
        (await districts.ListAsync(cancellationToken)).Where(d => !d.IsFunctionalZone || d.IsCity).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
}
