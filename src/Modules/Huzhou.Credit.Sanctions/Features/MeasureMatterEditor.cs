using System.Text.RegularExpressions;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// 措施清单 and 事项清单 maintained by the city credit office: new measures and matters, their wording edited, and
/// retired (never deleted: checks and cases keep naming them). A measure's kind and action are fixed once it exists —
/// changing what a published rule does goes through a new rule-set version, not through the measure. A measure the
/// rules in force or a draft use cannot be retired. Every change is audited and reaches the check API's rule cache at
/// once on this node (within its 30-second lifetime elsewhere).
/// </summary>
internal sealed partial class MeasureMatterEditor(SanctionsDbContext db, RuleCache cache, ICurrentStaff staff, IAuditLog audit)
{
    public async Task<Result> SaveMeasureAsync(MeasureDetails measureDetails, bool creating, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Result.Forbidden("只有市信用办可以维护措施清单。");
        }

        var code = (measureDetails.Code ?? "").Trim().ToUpperInvariant();
        if (!CodePattern().IsMatch(code))
        {
            return Result.Failure("措施编码应为 2–32 位大写字母、数字或连字符，如 CF-ZFCG。", nameof(MeasureDetails.Code));
        }

        if (string.IsNullOrWhiteSpace(measureDetails.Name) || measureDetails.Name.Trim().Length > 200)
        {
            return Result.Failure("请填写措施名称（不超过200字）。", nameof(MeasureDetails.Name));
        }

        if (string.IsNullOrWhiteSpace(measureDetails.LegalBasis) || measureDetails.LegalBasis.Trim().Length > 1000)
        {
            return Result.Failure("请填写措施依据（法律、法规或政策文件及条款，不超过1000字）。", nameof(MeasureDetails.LegalBasis));
        }

        if (string.IsNullOrWhiteSpace(measureDetails.ImplementingDepartment) || measureDetails.ImplementingDepartment.Trim().Length > 200)
        {
            return Result.Failure("请填写实施部门（不超过200字）。", nameof(MeasureDetails.ImplementingDepartment));
        }

        if (!Enum.IsDefined(measureDetails.Kind) || !Enum.IsDefined(measureDetails.Action)
            || (measureDetails.Kind == MeasureKind.Reward) != (measureDetails.Action == MeasureAction.Favour))
        {
            return Result.Failure("激励措施的动作应为“激励”，惩戒措施的动作应为拦截、限制或提示。", nameof(MeasureDetails.Action));
        }

        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (creating && measure is not null)
        {
            return Result.Failure(ErrorKind.Conflict, $"措施编码 {code} 已存在。", nameof(MeasureDetails.Code));
        }

        if (!creating && measure is null)
        {
            return Result.NotFound("措施不存在。");
        }

        if (measure is null)
        {
            measure = new Measure { Code = code, Kind = measureDetails.Kind, Action = measureDetails.Action };
            db.Measures.Add(measure);
        }
        else if (measure.Kind != measureDetails.Kind || measure.Action != measureDetails.Action)
        {
            return Result.Failure("已有措施的类别和动作不能修改：如需不同的处理方式，请新增一项措施，并在新版本规则中改用它。", nameof(MeasureDetails.Action));
        }

        measure.Name = measureDetails.Name.Trim();
        measure.LegalBasis = measureDetails.LegalBasis.Trim();
        measure.ImplementingDepartment = measureDetails.ImplementingDepartment.Trim();
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry(creating ? "sanctions.measure.create" : "sanctions.measure.update", SanctionsDbContext.ModuleName, Detail: $"{code} {measure.Name}"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> SetMeasureRetiredAsync(string code, bool retired, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Result.Forbidden("只有市信用办可以维护措施清单。");
        }

        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (measure is null)
        {
            return Result.NotFound("措施不存在。");
        }

        if (retired)
        {
            var inUse = await db.Rules.Where(r => r.MeasureCode == code)
                .Join(db.RuleSets.Where(s => s.Status != RuleSetStatus.Superseded), r => r.RuleSetVersion, s => s.Version, (r, s) => s.Version)
                .Distinct().OrderBy(v => v).ToListAsync(cancellationToken);
            if (inUse.Count > 0)
            {
                return Result.Conflict($"规则 {string.Join("、", inUse.Select(v => "v" + v))} 仍在使用该措施，不能停用。请先在新版本规则中删除相关规则并发布。");
            }
        }

        measure.Retired = retired;
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry(retired ? "sanctions.measure.retire" : "sanctions.measure.restore", SanctionsDbContext.ModuleName, Detail: $"{code} {measure.Name}"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> SaveMatterAsync(MatterDetails matterDetails, bool creating, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Result.Forbidden("只有市信用办可以维护事项清单。");
        }

        var code = (matterDetails.Code ?? "").Trim().ToUpperInvariant();
        if (!CodePattern().IsMatch(code))
        {
            return Result.Failure("事项编码应为 2–32 位大写字母、数字或连字符，如 SX-101。", nameof(MatterDetails.Code));
        }

        if (string.IsNullOrWhiteSpace(matterDetails.Name) || matterDetails.Name.Trim().Length > 200)
        {
            return Result.Failure("请填写事项名称（不超过200字）。", nameof(MatterDetails.Name));
        }

        var department = (matterDetails.DepartmentCode ?? "").Trim().ToUpperInvariant();
        if (department.Length is 0 or > 20)
        {
            return Result.Failure("请填写办理部门编码（不超过20位，如 HZ-SJJ）。", nameof(MatterDetails.DepartmentCode));
        }

        if (!Enum.IsDefined(matterDetails.Domain))
        {
            return Result.Failure("请选择事项所属领域。", nameof(MatterDetails.Domain));
        }

        var matter = await db.Matters.FirstOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (creating && matter is not null)
        {
            return Result.Failure(ErrorKind.Conflict, $"事项编码 {code} 已存在。", nameof(MatterDetails.Code));
        }

        if (!creating && matter is null)
        {
            return Result.NotFound("事项不存在。");
        }

        if (matter is null)
        {
            matter = new Matter { Code = code };
            db.Matters.Add(matter);
        }

        matter.Name = matterDetails.Name.Trim();
        matter.DepartmentCode = department;
        matter.Domain = matterDetails.Domain;
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry(creating ? "sanctions.matter.create" : "sanctions.matter.update", SanctionsDbContext.ModuleName, Detail: $"{code} {matter.Name}（{SanctionNames.Domain(matter.Domain)}）"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> SetMatterRetiredAsync(string code, bool retired, CancellationToken cancellationToken)
    {
        if (!RuleEditor.MayEdit(staff))
        {
            return Result.Forbidden("只有市信用办可以维护事项清单。");
        }

        var matter = await db.Matters.FirstOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (matter is null)
        {
            return Result.NotFound("事项不存在。");
        }

        matter.Retired = retired;
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry(retired ? "sanctions.matter.retire" : "sanctions.matter.restore", SanctionsDbContext.ModuleName, Detail: $"{code} {matter.Name}"), cancellationToken);
        return Result.Success();
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,31}$")]
    private static partial Regex CodePattern();
}
