using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.Evaluation.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Seed;

/// <summary>
/// Seeds the standard fields with their published version-1 models and, for the demo city, grades every member with
/// one full run in process (so the pages, the dossier and the check rules have grades at once). Idempotent.
/// </summary>
internal sealed class EvaluationDemoSeeder(EvaluationDbContext db, ScoringRunner runner, TimeProvider clock) : IDemoSeeder
{
    public const string Actor = "demo-seed";

    // After collection (the provincial evaluation batch) and the lists; before the sanctions seeder rebuilds the credit status.
    public int Order => 45;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var existing = await db.Fields.Select(f => f.Code).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var added = StandardFields.All.Where(f => !existing.Contains(f.Code)).ToList();
        foreach (var f in added)
        {
            db.Fields.Add(new EvaluationField
            {
                Code = f.Code, Name = f.Name, DepartmentCode = f.Department, DepartmentName = f.DepartmentName, IndustrySections = f.Sections,
                NameKeywords = f.Keywords, Description = f.Description, CreatedAt = now, CreatedBy = Actor,
            });
            db.Models.Add(new ModelVersion
            {
                FieldCode = f.Code, Version = 1, Status = ModelStatus.Published, Definition = ModelDefinitions.Serialize(StandardFields.ModelFor(f.Code)),
                Note = "首版模型：以省公共信用评价为基础，叠加近三年失信记录、红黑名单、信用承诺、表彰荣誉和信用修复。",
                CreatedAt = now, CreatedBy = Actor, PublishedAt = now, PublishedBy = Actor,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (await db.Runs.AnyAsync(r => r.Kind == RunKind.Full && r.Status == RunStatus.Finished, cancellationToken))
        {
            return added.Count == 0 ? null : $"行业信用评价：新增 {added.Count} 个评价领域。";
        }

        var run = await runner.CreateFullRunAsync([], Actor, cancellationToken);
        await runner.RunAsync(run.Id, cancellationToken);
        var scored = await db.Runs.AsNoTracking().Where(r => r.Id == run.Id).Select(r => r.SubjectsScored).SingleAsync(cancellationToken);
        return $"行业信用评价：{StandardFields.All.Count} 个领域，首次全量评价 {scored:N0} 条结果。";
    }
}
