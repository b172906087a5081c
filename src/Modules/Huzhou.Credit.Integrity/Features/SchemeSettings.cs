using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Integrity.Areas.Integrity.Models;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// Setting schemes up: the credit office (of the city, or of the operator department's district) and administrators
/// create a scheme; whoever runs it edits its settings and its point rules. A rule's points may change for the future
/// only (events keep the points they were recorded with); a rule is switched off, never deleted.
/// </summary>
internal sealed class SchemeSettings(IntegrityDbContext db, PointsSchemes schemes, IDepartmentDirectory departments, ICatalogue catalogue, ICurrentStaff staff, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Who may create a scheme at all (the department then narrows it to their district).</summary>
    public bool MayCreate => staff.IsInRole(CreditRoles.Administrator) || staff.IsInRole(CreditRoles.CreditOffice);

    public async Task<Result<PointsScheme>> SaveAsync(PointsScheme? existing, SchemeForm form, CancellationToken cancellationToken)
    {
        var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == form.DepartmentCode && d.IsActive);
        if (department is null)
        {
            return Result<PointsScheme>.Failure("请选择在用的运营部门。", nameof(form.DepartmentCode));
        }

        var scheme = existing is null ? new PointsScheme { CreatedAt = clock.GetUtcNow() } : await db.Schemes.SingleAsync(s => s.Id == existing.Id, cancellationToken);
        if (existing is null)
        {
            var code = form.Code!.Trim().ToUpperInvariant();
            if (await db.Schemes.AnyAsync(s => s.Code == code, cancellationToken))
            {
                return Result<PointsScheme>.Failure("方案编码已被使用。", nameof(form.Code));
            }

            scheme.Code = code;
            // Members' kind is fixed at creation: a ranking cannot mix shops and households.
            scheme.MembersArePersons = form.MembersArePersons;
            db.Schemes.Add(scheme);
        }

        scheme.Name = form.Name!.Trim();
        scheme.Kind = form.Kind;
        scheme.DepartmentCode = department.Code;
        scheme.DistrictCode = department.DistrictCode;
        scheme.BasePoints = form.BasePoints;
        scheme.Bands = string.Join(';', SchemeBands.Parse(form.Bands).Select(b => $"{b.MinPoints}:{b.Name}"));
        scheme.GroupLabel = form.GroupLabel!.Trim();
        scheme.PublicBoard = form.PublicBoard;
        scheme.Description = form.Description?.Trim() ?? "";
        scheme.Active = form.Active;
        if (!schemes.CanManage(scheme))
        {
            return Result<PointsScheme>.Failure("只能为本辖区的部门设立积分方案。", nameof(form.DepartmentCode));
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(existing is null ? "integrity.scheme.create" : "integrity.scheme.edit", IntegrityDbContext.ModuleName, Detail: $"{scheme.Code} {scheme.Name}"), cancellationToken);
        return Result.Success(scheme);
    }

    public async Task<Result<PointRule>> AddRuleAsync(PointsScheme scheme, RuleForm form, CancellationToken cancellationToken)
    {
        var code = form.Code!.Trim().ToUpperInvariant();
        if (await db.PointRules.AnyAsync(r => r.SchemeId == scheme.Id && r.Code == code, cancellationToken))
        {
            return Result<PointRule>.Failure("本方案已有这个规则编码。", nameof(form.Code));
        }

        string? item = null;
        if (form.Source == PointRuleSource.CreditRecord)
        {
            item = form.ItemCode!.Trim().ToUpperInvariant();
            if (await catalogue.GetCurrentAsync(item, cancellationToken) is null)
            {
                return Result<PointRule>.Failure($"信用目录中没有信息项“{item}”。", nameof(form.ItemCode));
            }
        }

        var rule = new PointRule
        {
            SchemeId = scheme.Id, Code = code, Name = form.Name!.Trim(), Category = form.Category!.Trim(), Points = form.Points,
            Source = form.Source, ItemCode = item, MaxTimesPerYear = form.MaxTimesPerYear,
        };
        db.PointRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("integrity.scheme.rule-add", IntegrityDbContext.ModuleName, Detail: $"{scheme.Code} {rule.Code} {rule.Name} {rule.Points:+0;-0}"), cancellationToken);
        if (rule.Source == PointRuleSource.CreditRecord)
        {
            // Members' existing records count under the new rule at once.
            await schemes.SyncRecordsAsync(scheme, null, cancellationToken);
        }

        return Result.Success(rule);
    }

    /// <summary>Switches a rule off (no new events; past events keep counting) or on again.</summary>
    public async Task<Result> ToggleRuleAsync(PointsScheme scheme, string ruleCode, CancellationToken cancellationToken)
    {
        var rule = await db.PointRules.SingleOrDefaultAsync(r => r.SchemeId == scheme.Id && r.Code == ruleCode, cancellationToken);
        if (rule is null)
        {
            return Result.Failure("没有这个积分规则。");
        }

        rule.Active = !rule.Active;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("integrity.scheme.rule-toggle", IntegrityDbContext.ModuleName, Detail: $"{scheme.Code} {rule.Code} {(rule.Active ? "启用" : "停用")}"), cancellationToken);
        return Result.Success();
    }
}
