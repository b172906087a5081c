using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>Reads results for pages, the dossier, the check rules' grade condition and exports.</summary>
internal sealed class EvaluationQueries(EvaluationDbContext db) : IEvaluationGrades, IDossierSectionProvider
{
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<EvaluationGrade>>> CurrentGradesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default)
    {
        var ids = subjectIds.Distinct().ToArray();
        var rows = await db.Results.AsNoTracking().Where(r => ids.Contains(r.SubjectId))
            .Join(db.Fields, r => r.FieldCode, f => f.Code, (r, f) => new { r, f.Name })
            .ToListAsync(cancellationToken);
        var bands = await DefinitionsAsync(rows.Select(x => (x.r.FieldCode, x.r.ModelVersion)).Distinct(), cancellationToken);
        return rows.GroupBy(x => x.r.SubjectId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<EvaluationGrade>)g.OrderBy(x => x.r.FieldCode, StringComparer.Ordinal)
                .Select(x => new EvaluationGrade(x.r.FieldCode, x.Name, x.r.Grade, GradeName(bands, x.r), x.r.Score, x.r.ModelVersion, x.r.EvaluatedAt))
                .ToList());
    }

    /// <summary>The definitions of these model versions, by (field, version).</summary>
    public async Task<Dictionary<(string Field, int Version), ModelDefinition>> DefinitionsAsync(IEnumerable<(string Field, int Version)> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.ToHashSet();
        var fields = wanted.Select(k => k.Field).Distinct().ToArray();
        var versions = await db.Models.AsNoTracking().Where(m => fields.Contains(m.FieldCode)).ToListAsync(cancellationToken);
        return versions.Where(v => wanted.Contains((v.FieldCode, v.Version)))
            .ToDictionary(v => (v.FieldCode, v.Version), v => ModelDefinitions.Parse(v.Definition));
    }

    private static string GradeName(Dictionary<(string Field, int Version), ModelDefinition> models, EvaluationResult r) =>
        models.TryGetValue((r.FieldCode, r.ModelVersion), out var m) ? m.Bands.FirstOrDefault(b => b.Grade == r.Grade)?.Name ?? r.Grade : r.Grade;

    public async Task<Explanation?> ExplainAsync(string fieldCode, long subjectId, CancellationToken cancellationToken)
    {
        var result = await db.Results.AsNoTracking().SingleOrDefaultAsync(r => r.FieldCode == fieldCode && r.SubjectId == subjectId, cancellationToken);
        if (result is null)
        {
            return null;
        }

        var field = await db.Fields.AsNoTracking().SingleAsync(f => f.Code == fieldCode, cancellationToken);
        var version = await db.Models.AsNoTracking().SingleAsync(m => m.FieldCode == fieldCode && m.Version == result.ModelVersion, cancellationToken);
        var model = ModelDefinitions.Parse(version.Definition);
        var lines = model.Indicators.Select((indicator, i) => new ExplanationLine(
            indicator.Name,
            ScoreCalculator.KindName(indicator.Kind),
            ScoreCalculator.Rule(indicator),
            ScoreCalculator.Describe(indicator, At(result.Facts, i), i < result.Counts.Length ? result.Counts[i] : 0),
            At(result.Points, i))).ToList();
        return new Explanation(field, result, version, model.Bands.FirstOrDefault(b => b.Grade == result.Grade) ?? model.BandOf(result.Score), lines, model.Scale);
    }

    private static decimal At(decimal[] values, int i) => i < values.Length ? values[i] : 0;

    /// <summary>Subjects of a field, filtered by grade and visible districts, best first.</summary>
    public IQueryable<EvaluationResult> Results(string fieldCode, string? grade, IReadOnlyCollection<string>? districts, string? name)
    {
        var q = db.Results.AsNoTracking().Where(r => r.FieldCode == fieldCode);
        if (!string.IsNullOrEmpty(grade))
        {
            q = q.Where(r => r.Grade == grade);
        }

        if (districts is not null)
        {
            q = q.Where(r => districts.Contains(r.DistrictCode));
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            var n = name.Trim();
            var code = n.ToUpperInvariant();
            q = q.Where(r => r.SubjectName.Contains(n) || r.SubjectCode == code);
        }

        return q;
    }

    /// <summary>Results per field and grade in one query (the overview's cards).</summary>
    public async Task<Dictionary<(string Field, string Grade), long>> CountsAsync(IReadOnlyCollection<string>? districts, CancellationToken cancellationToken)
    {
        var q = db.Results.AsNoTracking();
        if (districts is not null)
        {
            q = q.Where(r => districts.Contains(r.DistrictCode));
        }

        return await q.GroupBy(r => new { r.FieldCode, r.Grade }).Select(g => new { g.Key.FieldCode, g.Key.Grade, Count = g.LongCount() })
            .ToDictionaryAsync(x => (x.FieldCode, x.Grade), x => x.Count, cancellationToken);
    }

    public async Task<IReadOnlyList<GradeCount>> DistributionAsync(string fieldCode, ModelDefinition model, IReadOnlyCollection<string>? districts, CancellationToken cancellationToken)
    {
        var counts = await Results(fieldCode, null, districts, null).GroupBy(r => r.Grade)
            .Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return model.Bands.Select(b => new GradeCount(b, counts.GetValueOrDefault(b.Grade))).ToList();
    }

    // --- The dossier's 行业信用评价 section: one entry per field the subject is graded in. Staff get the link to the
    // explanation; the public sees the grade and the model, not the breakdown.

    public async Task<IReadOnlyDictionary<DossierSection, long>> CountAsync(long subjectId, DossierAudience audience, CancellationToken cancellationToken = default)
    {
        var count = await db.Results.LongCountAsync(r => r.SubjectId == subjectId, cancellationToken);
        return count == 0 ? new Dictionary<DossierSection, long>() : new Dictionary<DossierSection, long> { [DossierSection.IndustryEvaluation] = count };
    }

    public async Task<PagedList<DossierEntry>> ListAsync(long subjectId, DossierSection section, DossierAudience audience, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        if (section != DossierSection.IndustryEvaluation)
        {
            return new PagedList<DossierEntry>([], page, pageSize, 0);
        }

        var all = await db.Results.AsNoTracking().Where(r => r.SubjectId == subjectId)
            .Join(db.Fields, r => r.FieldCode, f => f.Code, (r, f) => new { r, f })
            .OrderByDescending(x => x.r.AsOf).ThenBy(x => x.r.FieldCode)
            .ToListAsync(cancellationToken);
        var models = await DefinitionsAsync(all.Select(x => (x.r.FieldCode, x.r.ModelVersion)).Distinct(), cancellationToken);
        var entries = all.Skip((page - 1) * pageSize).Take(pageSize).Select(x =>
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new("评价领域", x.f.Name),
                new("评价等级", GradeName(models, x.r)),
                new("评价得分", x.r.Score.ToString("0.##", CultureInfo.InvariantCulture) + " 分"),
                new("评价模型", $"第 {x.r.ModelVersion} 版"),
                new("评价部门", x.f.DepartmentName),
                new("评价日期", x.r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            };
            return new DossierEntry(
                $"行业信用评价（{x.f.Name}）",
                $"{x.f.Code}-V{x.r.ModelVersion}",
                x.r.AsOf,
                null,
                "有效",
                fields,
                audience == DossierAudience.Staff ? $"/evaluation/fields/{x.f.Code}/subjects/{subjectId}" : null);
        }).ToList();
        return new PagedList<DossierEntry>(entries, page, pageSize, all.Count);
    }
}
