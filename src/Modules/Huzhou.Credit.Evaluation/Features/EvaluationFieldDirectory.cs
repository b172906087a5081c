using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>The fields with the grades of their newest published model, for other modules' pickers (the sanctions rule editor).</summary>
internal sealed class EvaluationFieldDirectory(EvaluationDbContext db) : IEvaluationFields
{
    public async Task<IReadOnlyList<EvaluationFieldInfo>> FieldsAsync(CancellationToken cancellationToken = default)
    {
        var fields = await db.Fields.AsNoTracking().OrderBy(f => f.Code).ToListAsync(cancellationToken);
        var models = await db.Models.AsNoTracking().Where(m => m.Status == ModelStatus.Published).ToListAsync(cancellationToken);
        var newest = models.GroupBy(m => m.FieldCode).ToDictionary(g => g.Key, g => g.MaxBy(m => m.Version)!, StringComparer.Ordinal);
        return fields.Select(f => new EvaluationFieldInfo(
                f.Code,
                f.Name,
                newest.TryGetValue(f.Code, out var m)
                    ? ModelDefinitions.Parse(m.Definition).Bands.OrderByDescending(b => b.MinScore).Select(b => new EvaluationGradeBand(b.Grade, b.Name)).ToList()
                    : [],
                f.Retired,
                f.DepartmentCode))
            .ToList();
    }
}
