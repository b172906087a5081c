using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Risk signals (风险提示) of organisations, read on demand through the owning modules' contracts and judged by
/// <see cref="RiskRule"/>. For many organisations at once (a page of search results) it is five set-based contract
/// calls — registry profiles, bad records, list entries, grades, breaches — plus the fields' bands; the page of one
/// organisation adds its open objections and the possible related parties (可能关联, staff only, not part of the level).
/// Staff see the risk of organisations of their districts only (city-level staff: all); persons are out of scope.
/// </summary>
internal sealed class RiskSignals(
    MonitoringDbContext db,
    ICurrentStaff staff,
    ISubjectDirectory directory,
    ICreditRecordFacts records,
    IListStanding lists,
    IEvaluationGrades grades,
    IEvaluationFields fields,
    ICommitmentBreaches breaches,
    IRecordObjections objections,
    ISameRepresentativeOrganisations sameRepresentative,
    TimeProvider clock) : IRiskLevels
{
    /// <summary>Records per class a badge reads: enough for the rule's thresholds (see <see cref="RiskRule.GeneralForHigh"/>).</summary>
    private const int BadgeRecords = RiskRule.GeneralForHigh;

    /// <summary>Records per class the page lists.</summary>
    private const int PageRecords = 50;

    public const int RelatedShown = 20;

    public DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>The city credit office publishes and withdraws risk alerts.</summary>
    public bool MayPublish => staff.IsInRole(CreditRoles.CreditOffice) && staff.IsCityLevel;

    public async Task<IReadOnlyDictionary<long, RiskLevel>> LevelsAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectIds);
        if (subjectIds.Count == 0 || !staff.IsAuthenticated)
        {
            return new Dictionary<long, RiskLevel>();
        }

        var visible = (await directory.GetOrganisationProfilesAsync(subjectIds.Distinct().ToList(), cancellationToken))
            .Where(p => staff.CanSeeDistrict(p.DistrictCode)).Select(p => p.SubjectId).ToList();
        var assessed = await AssessAsync(visible, BadgeRecords, cancellationToken);
        return assessed.ToDictionary(a => a.Key, a => a.Value.Level);
    }

    /// <summary>The risk page of an organisation of the user's districts; another district's, a person or an unknown id is not found.</summary>
    public async Task<Result<RiskPage>> PageAsync(long subjectId, CancellationToken cancellationToken)
    {
        var found = await directory.GetOrganisationProfilesAsync([subjectId], cancellationToken);
        var profile = found.Count > 0 ? found[0] : null;
        if (profile is null || !staff.CanSeeDistrict(profile.DistrictCode))
        {
            return Result<RiskPage>.NotFound("主体不存在。");
        }

        var open = await objections.OpenObjectionsAsync(subjectId, cancellationToken);
        var assessment = (await AssessAsync([subjectId], PageRecords, cancellationToken, open.Count))[subjectId];
        var related = await sameRepresentative.FindAsync(subjectId, RelatedShown, cancellationToken);
        var relatedLevels = related is null || related.Organisations.Count == 0
            ? new Dictionary<long, RiskLevel>()
            : (await AssessAsync(related.Organisations.Select(o => o.SubjectId).ToList(), BadgeRecords, cancellationToken)).ToDictionary(a => a.Key, a => a.Value.Level);
        var alerts = await db.RiskAlerts.AsNoTracking().Where(a => a.SubjectId == subjectId).OrderByDescending(a => a.PublishedAt).ToListAsync(cancellationToken);
        return Result<RiskPage>.Success(new RiskPage(profile, assessment, related is { Total: > 0 } ? related : null, relatedLevels, alerts, MayPublish, Today));
    }

    /// <summary>Judges these organisations (already checked visible) with one call per contract; every id gets an assessment.</summary>
    public async Task<IReadOnlyDictionary<long, RiskAssessment>> AssessAsync(IReadOnlyCollection<long> subjectIds, int perClass, CancellationToken cancellationToken, int openObjections = 0)
    {
        var result = new Dictionary<long, RiskAssessment>();
        if (subjectIds.Count == 0)
        {
            return result;
        }

        var bad = await records.LatestBadRecordsAsync(subjectIds, perClass, cancellationToken);
        var entries = await lists.ApprovedEntriesAsync(subjectIds, cancellationToken);
        var current = await grades.CurrentGradesAsync(subjectIds, cancellationToken);
        var broken = await breaches.LatestBreachesAsync(subjectIds, perClass, cancellationToken);
        var bands = current.Count == 0
            ? new Dictionary<string, IReadOnlyList<EvaluationGradeBand>>()
            : (await fields.FieldsAsync(cancellationToken)).ToDictionary(f => f.Code, f => f.Grades, StringComparer.Ordinal);
        var today = Today;
        foreach (var id in subjectIds.Distinct())
        {
            var graded = current.TryGetValue(id, out var g)
                ? g.Select(x => bands.TryGetValue(x.FieldCode, out var b)
                    ? new RiskGrade(x, IndexOf(b, x.Grade), b.Count)
                    : new RiskGrade(x, -1, 0)).ToList()
                : [];
            var facts = new RiskFacts(
                bad.TryGetValue(id, out var r) ? r : [],
                entries.TryGetValue(id, out var e) ? e : [],
                graded,
                broken.TryGetValue(id, out var c) ? c : [],
                subjectIds.Count == 1 ? openObjections : 0);
            result[id] = RiskRule.Assess(facts, today);
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<EvaluationGradeBand> bands, string grade)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (string.Equals(bands[i].Grade, grade, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
