using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>
/// The credit office's work on fields and models: add a field, open a draft version (a copy of the version in use),
/// change it, publish it — which supersedes the old version and queues a full rescore of the field. City level only.
/// </summary>
internal sealed class ModelEditor(EvaluationDbContext db, ICurrentStaff staff, IAuditLog audit, IDepartmentDirectory departments, ScoringRunner runner, TimeProvider clock)
{
    public static bool MayEdit(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice) && user.IsCityLevel;

    public async Task<Result<string>> AddFieldAsync(string code, string name, string departmentCode, string sections, string keywords, string description, CancellationToken cancellationToken)
    {
        if (!MayEdit(staff))
        {
            return Result<string>.Forbidden("只有市信用办可以新增评价领域。");
        }

        code = (code ?? "").Trim().ToUpperInvariant();
        name = (name ?? "").Trim();
        if (!System.Text.RegularExpressions.Regex.IsMatch(code, "^[A-Z][A-Z0-9]{1,15}$"))
        {
            return Result<string>.Failure("领域代码须为 2 至 16 位大写字母或数字，以字母开头。");
        }

        if (name.Length is 0 or > 50)
        {
            return Result<string>.Failure("请填写领域名称（50 字以内）。");
        }

        var letters = Split(sections).Select(s => s.ToUpperInvariant()).Distinct().ToArray();
        if (letters.Length == 0 || letters.Any(l => l.Length != 1 || l[0] is < 'A' or > 'T'))
        {
            return Result<string>.Failure("行业门类须为 GB/T 4754 门类字母（A 至 T），多个用逗号分隔。");
        }

        var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == departmentCode && d.IsActive);
        if (department is null)
        {
            return Result<string>.Failure("请选择主管部门。");
        }

        if (await db.Fields.AnyAsync(f => f.Code == code, cancellationToken))
        {
            return Result<string>.Conflict($"领域代码 {code} 已存在。");
        }

        db.Fields.Add(new EvaluationField
        {
            Code = code, Name = name, DepartmentCode = department.Code, DepartmentName = department.Name, IndustrySections = letters,
            NameKeywords = [.. Split(keywords).Distinct()], Description = (description ?? "").Trim(), CreatedAt = clock.GetUtcNow(), CreatedBy = staff.UserName ?? "",
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("evaluation.field.add", EvaluationDbContext.ModuleName, Detail: $"新增评价领域 {code} {name}"), cancellationToken);
        return Result.Success(code);
    }

    /// <summary>The field's open draft, or a new one copied from the version in use (or the standard model).</summary>
    public async Task<Result<int>> OpenDraftAsync(string fieldCode, CancellationToken cancellationToken)
    {
        if (!MayEdit(staff))
        {
            return Result<int>.Forbidden("只有市信用办可以修改评价模型。");
        }

        if (!await db.Fields.AnyAsync(f => f.Code == fieldCode && !f.Retired, cancellationToken))
        {
            return Result<int>.NotFound("评价领域不存在或已停用。");
        }

        var versions = await db.Models.Where(m => m.FieldCode == fieldCode).ToListAsync(cancellationToken);
        if (versions.FirstOrDefault(v => v.Status == ModelStatus.Draft) is { } open)
        {
            return Result.Success(open.Version);
        }

        var source = versions.FirstOrDefault(v => v.Status == ModelStatus.Published)?.Definition
            ?? ModelDefinitions.Serialize(Seed.StandardFields.ModelFor(fieldCode));
        var draft = new ModelVersion
        {
            FieldCode = fieldCode, Version = versions.Select(v => v.Version).DefaultIfEmpty(0).Max() + 1, Status = ModelStatus.Draft,
            Definition = source, CreatedAt = clock.GetUtcNow(), CreatedBy = staff.UserName ?? "",
        };
        db.Models.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(draft.Version);
    }

    public async Task<Result> SaveDraftAsync(string fieldCode, int version, ModelDefinition definition, string? note, CancellationToken cancellationToken)
    {
        if (!MayEdit(staff))
        {
            return Result.Forbidden("只有市信用办可以修改评价模型。");
        }

        var draft = await db.Models.SingleOrDefaultAsync(m => m.FieldCode == fieldCode && m.Version == version, cancellationToken);
        if (draft is null || draft.Status != ModelStatus.Draft)
        {
            return Result.Conflict("只能修改草稿版本；已发布的版本不能更改。");
        }

        var problems = ModelDefinitions.Problems(definition);
        if (problems.Count > 0)
        {
            return Result.Failure(string.Join(" ", problems));
        }

        draft.Definition = ModelDefinitions.Serialize(definition);
        draft.Note = (note ?? "").Trim() is { Length: > 500 } n ? n[..500] : (note ?? "").Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Publishes a draft: the version in use is superseded, and a full rescore of the field is queued.</summary>
    public async Task<Result<long>> PublishAsync(string fieldCode, int version, CancellationToken cancellationToken)
    {
        if (!MayEdit(staff))
        {
            return Result<long>.Forbidden("只有市信用办可以发布评价模型。");
        }

        var versions = await db.Models.Where(m => m.FieldCode == fieldCode).ToListAsync(cancellationToken);
        var draft = versions.SingleOrDefault(v => v.Version == version);
        if (draft is null || draft.Status != ModelStatus.Draft)
        {
            return Result<long>.Conflict("只能发布草稿版本。");
        }

        var problems = ModelDefinitions.Problems(ModelDefinitions.Parse(draft.Definition));
        if (problems.Count > 0)
        {
            return Result<long>.Failure(string.Join(" ", problems));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var old in versions.Where(v => v.Status == ModelStatus.Published))
            {
                old.Status = ModelStatus.Superseded;
            }

            await db.SaveChangesAsync(cancellationToken);
            draft.Status = ModelStatus.Published;
            draft.PublishedAt = clock.GetUtcNow();
            draft.PublishedBy = staff.UserName;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.WriteAsync(new AuditEntry("evaluation.model.publish", EvaluationDbContext.ModuleName, Detail: $"发布评价模型 {fieldCode} 第 {version} 版"), cancellationToken);
        var run = await runner.QueueFullAsync([fieldCode], staff.UserName ?? "", cancellationToken);
        return Result.Success(run.Id);
    }

    /// <summary>Queues a full rescore of every field (or one).</summary>
    public async Task<Result<long>> RescoreAsync(string? fieldCode, CancellationToken cancellationToken)
    {
        if (!MayEdit(staff))
        {
            return Result<long>.Forbidden("只有市信用办可以发起全量重评。");
        }

        var run = await runner.QueueFullAsync(fieldCode is null ? [] : [fieldCode], staff.UserName ?? "", cancellationToken);
        await audit.WriteAsync(new AuditEntry("evaluation.rescore", EvaluationDbContext.ModuleName, Detail: $"发起全量重评 {fieldCode ?? "全部领域"}（运行 {run.Id}）"), cancellationToken);
        return Result.Success(run.Id);
    }

    private static string[] Split(string? text) =>
        (text ?? "").Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
