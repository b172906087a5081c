using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Evaluation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>
/// <see cref="IEvaluationGradeCounts"/>: one grouped count of a field's current results (the results' index led by
/// field and grade finds the field's rows), optionally only of some subjects.
/// </summary>
internal sealed class GradeCounts(EvaluationDbContext db) : IEvaluationGradeCounts
{
    public async Task<IReadOnlyList<GradeDistrictCount>> GradeCountsAsync(string fieldCode, IReadOnlyCollection<long>? subjectIds, CancellationToken cancellationToken = default)
    {
        var q = db.Results.AsNoTracking().Where(r => r.FieldCode == fieldCode);
        if (subjectIds is not null)
        {
            var ids = subjectIds.Distinct().ToArray();
            q = q.Where(r => ids.Contains(r.SubjectId));
        }

        return await q.GroupBy(r => new { r.DistrictCode, r.Grade })
            .Select(g => new GradeDistrictCount(g.Key.DistrictCode, g.Key.Grade, g.LongCount()))
            .ToListAsync(cancellationToken);
    }
}
