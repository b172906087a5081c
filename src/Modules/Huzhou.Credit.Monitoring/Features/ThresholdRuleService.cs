using System.Globalization;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Threshold rules on screen: list, create, edit, enable/disable, delete (audited <c>monitoring.rule.*</c>) and the
/// figures with a trial evaluation that raises nothing (现在试算). The city credit office and the administrator manage
/// the rules; a district credit office reads them (the alerts of its district link here); nobody else.
/// </summary>
internal sealed class ThresholdRuleService(
    MonitoringDbContext db,
    ICurrentStaff staff,
    IDistrictDirectory districts,
    IDepartmentDirectory departments,
    IEvaluationFields fields,
    ICreditRecordAggregates records,
    WatchListService lists,
    ThresholdMeasurer measurer,
    IAuditLog audit,
    TimeProvider clock)
{
    public const int MaxSeriousThreshold = 100_000;

    /// <summary>The city credit office and the administrator write rules.</summary>
    public bool MayManage => staff.IsInRole(CreditRoles.Administrator) || (staff.IsInRole(CreditRoles.CreditOffice) && staff.IsCityLevel);

    /// <summary>Credit offices (any level) and the administrator read them.</summary>
    public bool MayRead => staff.IsInRole(CreditRoles.Administrator) || staff.IsInRole(CreditRoles.CreditOffice);

    public async Task<IReadOnlyList<ThresholdRule>> ListAsync(CancellationToken cancellationToken) =>
        await db.ThresholdRules.AsNoTracking().OrderByDescending(r => r.Enabled).ThenBy(r => r.Name).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    public async Task<ThresholdRuleChoices> ChoicesAsync(CancellationToken cancellationToken) => new(
        (await districts.ListAsync(cancellationToken)).Where(d => !d.IsFunctionalZone).ToList(),
        (await departments.ListAsync(cancellationToken)).Where(d => d.IsActive).ToList(),
        (await fields.FieldsAsync(cancellationToken)).Where(f => !f.Retired).ToList(),
        staff.IsAuthenticated ? await lists.Visible().AsNoTracking().OrderBy(l => l.Name).ToListAsync(cancellationToken) : []);

    public async Task<Result<ThresholdRule>> GetAsync(long id, CancellationToken cancellationToken) =>
        await db.ThresholdRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } rule
            ? Result<ThresholdRule>.Success(rule)
            : Result<ThresholdRule>.NotFound("找不到该阈值规则。");

    /// <summary>The rule; with <paramref name="measure"/> also measured now, scope by scope, without raising anything (现在试算), and the serious penalties behind one scope.</summary>
    public async Task<Result<ThresholdRuleFigures>> FiguresAsync(long id, string? scope, bool measure, CancellationToken cancellationToken)
    {
        var found = await GetAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return Result<ThresholdRuleFigures>.NotFound(found.Error!);
        }

        var rule = found.Value;
        var now = clock.GetUtcNow();
        var measures = measure ? await measurer.MeasureAsync(rule, now, cancellationToken) : null;
        IReadOnlyList<SeriousPenaltyEntry> entries = [];
        if (measures is not null && rule.Metric == ThresholdMetric.SeriousPenalties && !staff.IsInRole(CreditRoles.Administrator))
        {
            var district = scope is not null && measures.Any(m => m.Scope == scope) ? scope : measures.Count > 0 ? measures[0].Scope : null;
            var (from, to) = ThresholdPeriods.Month(ShanghaiTime.Today(clock));
            entries = (await records.SeriousPenaltiesAsync(from, to, district, 50, cancellationToken)).Where(e => staff.CanSeeDistrict(e.DistrictCode)).ToList();
        }

        var listName = rule.WatchListId is { } listId ? await db.WatchLists.AsNoTracking().Where(l => l.Id == listId).Select(l => l.Name).SingleOrDefaultAsync(cancellationToken) : null;
        return Result<ThresholdRuleFigures>.Success(new ThresholdRuleFigures(rule, measures, scope, entries, MayManage, listName));
    }

    public async Task<Result<long>> CreateAsync(ThresholdRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!MayManage)
        {
            return Result<long>.Forbidden("只有市信用办可以设置阈值规则。");
        }

        var rule = new ThresholdRule { CreatedBy = staff.UserName ?? "", CreatedAt = clock.GetUtcNow() };
        var checkedInput = await ApplyAsync(rule, input, cancellationToken);
        if (!checkedInput.Succeeded)
        {
            return Result<long>.Failure(checkedInput.Error!, checkedInput.Field);
        }

        db.ThresholdRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.rule.create", MonitoringDbContext.ModuleName, Detail: $"新建阈值规则“{rule.Name}”：{Describe(rule)}"), cancellationToken);
        return Result<long>.Success(rule.Id);
    }

    public async Task<Result> UpdateAsync(long id, ThresholdRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!MayManage)
        {
            return Result.Forbidden("只有市信用办可以修改阈值规则。");
        }

        if (await db.ThresholdRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } rule)
        {
            return Result.NotFound("找不到该阈值规则。");
        }

        var before = Describe(rule);
        var checkedInput = await ApplyAsync(rule, input, cancellationToken);
        if (!checkedInput.Succeeded)
        {
            return checkedInput;
        }

        rule.UpdatedBy = staff.UserName;
        rule.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.rule.update", MonitoringDbContext.ModuleName, Detail: $"修改阈值规则“{rule.Name}”：{before} → {Describe(rule)}"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> SetEnabledAsync(long id, bool enabled, CancellationToken cancellationToken)
    {
        if (!MayManage)
        {
            return Result.Forbidden("只有市信用办可以停用或启用阈值规则。");
        }

        if (await db.ThresholdRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } rule)
        {
            return Result.NotFound("找不到该阈值规则。");
        }

        rule.Enabled = enabled;
        rule.UpdatedBy = staff.UserName;
        rule.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(enabled ? "monitoring.rule.enable" : "monitoring.rule.disable", MonitoringDbContext.ModuleName,
            Detail: $"{(enabled ? "启用" : "停用")}阈值规则“{rule.Name}”"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        if (!MayManage)
        {
            return Result.Forbidden("只有市信用办可以删除阈值规则。");
        }

        if (await db.ThresholdRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } rule)
        {
            return Result.NotFound("找不到该阈值规则。");
        }

        db.ThresholdRules.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.rule.delete", MonitoringDbContext.ModuleName, Detail: $"删除阈值规则“{rule.Name}”：{Describe(rule)}（已发出的提醒保留）"), cancellationToken);
        return Result.Success();
    }

    /// <summary>Checks the input (Chinese messages naming the field) and copies it onto the rule.</summary>
    private async Task<Result> ApplyAsync(ThresholdRule rule, ThresholdRuleInput input, CancellationToken cancellationToken)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > 100)
        {
            return Result.Failure("请填写规则名称（不超过 100 个字）。", "name");
        }

        if (!ThresholdMetrics.All.Contains(input.Metric))
        {
            return Result.Failure("请选择监测指标。", "metric");
        }

        if (input.Comparison is not (ThresholdComparison.Above or ThresholdComparison.Below))
        {
            return Result.Failure("请选择比较方式（高于或低于）。", "comparison");
        }

        if (!decimal.TryParse(input.Threshold?.Trim().TrimEnd('%', '％'), NumberStyles.Number, CultureInfo.InvariantCulture, out var threshold))
        {
            return Result.Failure("请填写阈值（数字）。", "threshold");
        }

        rule.DistrictCode = rule.FieldCode = rule.Grade = rule.DepartmentCode = null;
        rule.WatchListId = null;
        rule.WindowDays = 30;
        var knownDistricts = (await districts.ListAsync(cancellationToken)).Where(d => !d.IsFunctionalZone).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var district = string.IsNullOrWhiteSpace(input.DistrictCode) ? null : input.DistrictCode.Trim();
        switch (input.Metric)
        {
            case ThresholdMetric.SeriousPenalties:
                if (district is null || (district != ThresholdRule.Each && !knownDistricts.Contains(district)))
                {
                    return Result.Failure("请选择统计的区县（全市、某个区县或每个区县）。", "districtCode");
                }

                if (threshold < 0 || threshold > MaxSeriousThreshold || threshold != decimal.Truncate(threshold))
                {
                    return Result.Failure($"严重失信处罚条数的阈值应为 0 到 {MaxSeriousThreshold:N0} 之间的整数。", "threshold");
                }

                rule.DistrictCode = district;
                break;
            case ThresholdMetric.GradeShare:
                var field = (await fields.FieldsAsync(cancellationToken)).FirstOrDefault(f => f.Code == input.FieldCode?.Trim() && !f.Retired);
                if (field is null)
                {
                    return Result.Failure("请选择评价领域。", "fieldCode");
                }

                var grade = string.IsNullOrWhiteSpace(input.Grade) ? "D" : input.Grade.Trim().ToUpperInvariant();
                if (field.Grades.Count > 0 && field.Grades.All(g => g.Grade != grade))
                {
                    return Result.Failure($"“{grade}”不是评价领域“{field.Name}”的等级（可选：{string.Join("、", field.Grades.Select(g => g.Grade))}）。", "grade");
                }

                if (district is not null && district != ThresholdRule.Each && !knownDistricts.Contains(district))
                {
                    return Result.Failure("请选择有效的区县，或不限区县。", "districtCode");
                }

                if (input.WatchListId is { } listId && !await lists.IsVisibleAsync(listId, cancellationToken))
                {
                    return Result.Failure("请选择您可以查看的关注名单，或不限名单。", "watchListId");
                }

                if (!IsPercent(threshold))
                {
                    return Result.Failure("占比阈值应在 0 到 100 之间（%）。", "threshold");
                }

                (rule.FieldCode, rule.Grade, rule.DistrictCode, rule.WatchListId) = (field.Code, grade, district == StaffOwners.City ? null : district, input.WatchListId);
                break;
            default:
                var department = string.IsNullOrWhiteSpace(input.DepartmentCode) ? null : input.DepartmentCode.Trim();
                if (department is null || (department != ThresholdRule.Each && (await departments.ListAsync(cancellationToken)).All(d => d.Code != department)))
                {
                    return Result.Failure("请选择被监测的部门（或每个部门）。", "departmentCode");
                }

                if (!int.TryParse(input.WindowDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var window) || window < 7 || window > 366)
                {
                    return Result.Failure("统计区间应为 7 到 366 天。", "windowDays");
                }

                if (!IsPercent(threshold))
                {
                    return Result.Failure("比率阈值应在 0 到 100 之间（%）。", "threshold");
                }

                (rule.DepartmentCode, rule.WindowDays) = (department, window);
                break;
        }

        rule.Name = name;
        rule.Metric = input.Metric;
        rule.Comparison = input.Comparison;
        rule.Threshold = threshold;
        rule.Serious = input.Serious;
        rule.NotifyConcerned = input.NotifyConcerned;
        return Result.Success();
    }

    private static bool IsPercent(decimal value) => value >= 0 && value <= 100;

    /// <summary>The rule in one line for the audit log: metric, scope, condition, severity.</summary>
    public static string Describe(ThresholdRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var scope = rule.Metric switch
        {
            ThresholdMetric.SeriousPenalties => "区县 " + rule.DistrictCode,
            ThresholdMetric.GradeShare => $"领域 {rule.FieldCode} 等级 {rule.Grade}" + (rule.DistrictCode is null ? "" : " 区县 " + rule.DistrictCode) + (rule.WatchListId is null ? "" : " 名单 " + rule.WatchListId),
            _ => $"部门 {rule.DepartmentCode} 近 {rule.WindowDays} 天",
        };
        return $"{ThresholdMetrics.Name(rule.Metric)}，{scope}，{ThresholdMetrics.Condition(rule)}，{(rule.Serious ? "严重" : "一般")}{(rule.Enabled ? "" : "，已停用")}";
    }
}
