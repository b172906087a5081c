using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Repair.Features;

/// <summary>
/// The city credit office keeps the exclusion rules (penalty kinds a department's records may not stop early, per rule
/// version; SAMR Order 45 for market regulation): adds one, deactivates or activates it. Each change is audited.
/// </summary>
internal sealed class ExclusionRuleEditor(RepairDbContext db, ICurrentStaff staff, IAuditLog audit, IDepartmentDirectory departments, TimeProvider clock)
{
    /// <summary>The rule versions a rule may be limited to.</summary>
    public static IReadOnlyList<string> RuleVersions { get; } = ["2019", "2023", "2025"];

    public async Task<Result<long>> AddAsync(AddExclusionRule command, CancellationToken cancellationToken)
    {
        if (!RepairService.MayExecute(staff))
        {
            return Result<long>.Forbidden("只有市信用办可以维护信用修复排除规则。");
        }

        var department = command.DepartmentCode?.Trim() ?? "";
        if (!(await departments.ListAsync(cancellationToken)).Any(d => d.Code == department))
        {
            return Result<long>.Failure("请选择认定部门。", nameof(AddExclusionRule.DepartmentCode));
        }

        var version = string.IsNullOrWhiteSpace(command.RuleVersion) ? null : command.RuleVersion.Trim();
        if (version is not null && !RuleVersions.Contains(version))
        {
            return Result<long>.Failure("请选择规则版本（或“全部版本”）。", nameof(AddExclusionRule.RuleVersion));
        }

        var kind = command.PenaltyKind?.Trim() ?? "";
        if (kind.Length > 50)
        {
            return Result<long>.Failure("处罚类别不超过 50 个字。", nameof(AddExclusionRule.PenaltyKind));
        }

        var basis = command.Basis?.Trim() ?? "";
        if (basis.Length is 0 or > 200)
        {
            return Result<long>.Failure("请填写依据（不超过 200 个字），如《市场监督管理信用修复管理办法》（市场监管总局令第45号）。", nameof(AddExclusionRule.Basis));
        }

        if (await db.ExclusionRules.AnyAsync(r => r.DepartmentCode == department && r.RuleVersion == version && r.PenaltyKind == kind, cancellationToken))
        {
            return Result<long>.Conflict("该部门、规则版本和处罚类别的排除规则已存在，可在列表中启用或停用。");
        }

        var now = clock.GetUtcNow();
        var actor = staff.UserName ?? "";
        var rule = new RepairExclusionRule
        {
            DepartmentCode = department, RuleVersion = version, PenaltyKind = kind, Basis = basis, IsActive = true,
            CreatedBy = actor, CreatedAt = now, ChangedBy = actor, ChangedAt = now,
        };
        db.ExclusionRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("repair.exclusion", RepairDbContext.ModuleName, Detail: $"新增信用修复排除规则 {department} {version ?? "全部版本"} {(kind.Length == 0 ? "全部失信信息" : kind)}（{basis}）"), cancellationToken);
        return Result.Success(rule.Id);
    }

    public async Task<Result> SetActiveAsync(long id, bool active, CancellationToken cancellationToken)
    {
        if (!RepairService.MayExecute(staff))
        {
            return Result.Forbidden("只有市信用办可以维护信用修复排除规则。");
        }

        var rule = await db.ExclusionRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return Result.NotFound("没有找到该排除规则。");
        }

        if (rule.IsActive == active)
        {
            return Result.Success();
        }

        rule.IsActive = active;
        rule.ChangedBy = staff.UserName ?? "";
        rule.ChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("repair.exclusion", RepairDbContext.ModuleName, Detail: $"{(active ? "启用" : "停用")}信用修复排除规则 {rule.DepartmentCode} {rule.RuleVersion ?? "全部版本"} {(rule.PenaltyKind.Length == 0 ? "全部失信信息" : rule.PenaltyKind)}"), cancellationToken);
        return Result.Success();
    }
}
