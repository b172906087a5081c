using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
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

    public async Task<Result<PointsScheme>> SaveAsync(PointsScheme? existing, SchemeDetails details, CancellationToken cancellationToken)
    {
        var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == details.DepartmentCode && d.IsActive);
        if (department is null)
        {
            return Result<PointsScheme>.Failure("请选择在用的运营部门。", nameof(SchemeDetails.DepartmentCode));
        }

        var scheme = existing is null ? new PointsScheme { CreatedAt = clock.GetUtcNow() } : await db.Schemes.SingleAsync(s => s.Id == existing.Id, cancellationToken);
        if (existing is null)
        {
            var code = details.Code!.Trim().ToUpperInvariant();
            if (await db.Schemes.AnyAsync(s => s.Code == code, cancellationToken))
            {
                return Result<PointsScheme>.Failure("方案编码已被使用。", nameof(SchemeDetails.Code));
            }

            scheme.Code = code;
            // Members' kind is fixed at creation: a ranking cannot mix shops and households.
            scheme.MembersArePersons = details.MembersArePersons;
            db.Schemes.Add(scheme);
        }

        scheme.Name = details.Name!.Trim();
        scheme.Kind = details.Kind;
        scheme.DepartmentCode = department.Code;
        scheme.DistrictCode = department.DistrictCode;
        scheme.BasePoints = details.BasePoints;
        scheme.Bands = string.Join(';', SchemeBands.Parse(details.Bands).Select(b => $"{b.MinPoints}:{b.Name}"));
        scheme.GroupLabel = details.GroupLabel!.Trim();
        scheme.PublicBoard = details.PublicBoard;
        scheme.Description = details.Description?.Trim() ?? "";
        scheme.Active = details.Active;
        if (!schemes.CanManage(scheme))
        {
            return Result<PointsScheme>.Failure("只能为本辖区的部门设立积分方案。", nameof(SchemeDetails.DepartmentCode));
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(existing is null ? "integrity.scheme.create" : "integrity.scheme.edit", IntegrityDbContext.ModuleName, Detail: $"{scheme.Code} {scheme.Name}"), cancellationToken);
        return Result.Success(scheme);
    }

    public async Task<Result<PointRule>> AddRuleAsync(PointsScheme scheme, NewPointRule newRule, CancellationToken cancellationToken)
    {
        var code = newRule.Code!.Trim().ToUpperInvariant();
        if (await db.PointRules.AnyAsync(r => r.SchemeId == scheme.Id && r.Code == code, cancellationToken))
        {
            return Result<PointRule>.Failure("本方案已有这个规则编码。", nameof(NewPointRule.Code));
        }

        string? item = null;
        if (newRule.Source == PointRuleSource.CreditRecord)
        {
            item = newRule.ItemCode!.Trim().ToUpperInvariant();
            if (await catalogue.GetCurrentAsync(item, cancellationToken) is null)
            {
                return Result<PointRule>.Failure($"信用目录中没有信息项“{item}”。", nameof(NewPointRule.ItemCode));
            }
        }

        var rule = new PointRule
        {
            SchemeId = scheme.Id, Code = code, Name = newRule.Name!.Trim(), Category = newRule.Category!.Trim(), Points = newRule.Points,
            Source = newRule.Source, ItemCode = item, MaxTimesPerYear = newRule.MaxTimesPerYear,
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
