using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Evaluation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>The scoring runs' grade change log for many subjects (index on subject and time), with the fields' names.</summary>
internal sealed class GradeChangeFacts(EvaluationDbContext db) : IGradeChanges
{
    public async Task<IReadOnlyList<GradeChangeFact>> ChangesSinceAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var ids = subjectIds.Distinct().ToArray();
        return await db.GradeChanges.AsNoTracking()
            .Where(c => ids.Contains(c.SubjectId) && c.ChangedAt >= since)
            .OrderBy(c => c.Id)
            .Join(db.Fields, c => c.FieldCode, f => f.Code, (c, f) => new GradeChangeFact(c.SubjectId, c.Id, c.FieldCode, f.Name, c.OldGrade, c.NewGrade, c.ChangedAt))
            .ToListAsync(cancellationToken);
    }
}
