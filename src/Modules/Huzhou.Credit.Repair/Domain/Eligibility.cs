using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Repair.Domain;

/// <summary>
/// The repair rules of domain.md §3 as applied when applying: the record must be a bad record that still counts; a
/// minor (轻微) one is repairable once the obligation is met where its rule version names the minor class (2025: no
/// minimum); under the 2019 and 2023 rules, which do not, it has the general period's minimum like any general record;
/// general and serious ones once the minimum publicity period of the record's rule version has passed; penalty kinds an
/// exclusion rule of the record's department and rule version names (SAMR Order 45 for market regulation: 吊销, 限制从业 ...)
/// and subjects on the serious illegal dishonesty list or the abnormal operations list are refused; local exclusions apply when configured.
/// </summary>
internal static class Eligibility
{
    /// <param name="record">The record.</param>
    /// <param name="rules">The exclusion rules (<see cref="RepairExclusionRule"/>); only those that apply to the record's
    /// department and rule version are used, so the caller may pass more.</param>
    /// <param name="today">Today in Asia/Shanghai.</param>
    /// <param name="excludingList">The name of a list in force that rules out early repair (the serious illegal dishonesty
    /// list, the abnormal operations list: domain.md §3), or null.</param>
    /// <param name="previousRepairs">The days of the subject's earlier repairs.</param>
    /// <param name="alreadyOpen">Whether an application for the record is in progress.</param>
    /// <param name="exclusions">Local exclusions (configuration).</param>
    public static EligibilityResult Check(
        RepairableRecord record,
        IReadOnlyList<RepairExclusionRule> rules,
        DateOnly today,
        string? excludingList,
        IReadOnlyList<DateOnly> previousRepairs,
        bool alreadyOpen,
        RepairExclusions exclusions)
    {
        if (!record.IsBad)
        {
            return new(false, "只有失信信息可以申请信用修复。");
        }

        if (record.Status is CreditRecordStatus.Repaired)
        {
            return new(false, "该信息已修复。");
        }

        if (record.Status is CreditRecordStatus.Revoked)
        {
            return new(false, "该信息已被撤销，无需修复。");
        }

        if (alreadyOpen)
        {
            return new(false, "该信息已有正在办理的修复申请。");
        }

        var penaltyKind = record.Fields.FirstOrDefault(f => f.Key == WellKnownItems.AdministrativePenalty.PenaltyKinds).Value ?? "";
        var applicable = rules.Where(r => r.AppliesTo(record.ProviderDepartment, record.RuleVersion)).ToList();
        if (applicable.FirstOrDefault(r => r.PenaltyKind.Length > 0 && penaltyKind.Contains(r.PenaltyKind, StringComparison.Ordinal)) is { } kind)
        {
            return new(false, $"处罚类别含“{kind.PenaltyKind}”，依据{kind.Basis}不得提前停止公示，公示期满后自动停止公示。");
        }

        if (applicable.FirstOrDefault(r => r.PenaltyKind.Length == 0) is { } whole)
        {
            return new(false, $"依据{whole.Basis}，该部门认定的失信信息不得提前停止公示，公示期满后自动停止公示。");
        }

        if (excludingList is not null)
        {
            return new(false, $"主体被列入{excludingList}，不得提前停止公示，须先申请移出名单。");
        }

        if (exclusions.ExcludedDepartments.Contains(record.ProviderDepartment))
        {
            return new(false, "本市规定该部门认定的失信信息不适用提前修复。");
        }

        if (exclusions.MaxRepairsInFiveYears > 0 && previousRepairs.Count(d => d > today.AddYears(-5)) >= exclusions.MaxRepairsInFiveYears)
        {
            return new(false, $"五年内已修复 {exclusions.MaxRepairsInFiveYears} 次，按本市规定不再受理。");
        }

        if (exclusions.OneYearSinceLastRepair && previousRepairs.Any(d => d > today.AddYears(-1)))
        {
            return new(false, "距上次信用修复不满一年，按本市规定暂不受理。");
        }

        // Only a rule that names the minor class (2025: no minimum) lets it be repaired once the obligation is met; the
        // 2019 and 2023 rules have no minor class, so such a record carries the general period with its 3-month minimum.
        if (record.PenaltyClass == PenaltyClass.Minor && record.MinimumEnd is null)
        {
            return new(true, "轻微失信信息：履行法定义务后即可申请修复。");
        }

        if (record.MinimumEnd is not { } minimum)
        {
            return new(false, $"该信息适用的公示规则（{record.RuleVersion}）没有最短公示期，不能提前修复，公示期满后自动停止公示。");
        }

        var which = record.PenaltyClass == PenaltyClass.Minor
            ? $"轻微失信信息，规则 {record.RuleVersion} 未单列轻微失信，按一般失信信息的最短公示期"
            : $"{RepairNames.PenaltyClass(record.PenaltyClass)}失信信息，规则 {record.RuleVersion}";
        return today >= minimum
            ? new(true, $"最短公示期已于 {minimum:yyyy-MM-dd} 届满（{which}）。", minimum)
            : new(false, $"最短公示期至 {minimum:yyyy-MM-dd} 届满（{which}），届满后方可申请。", minimum);
    }

    /// <summary>
    /// Early removal from a black list (提前移出) as a repair: the list must allow it, the entry must have been decided
    /// in the city (entries the provincial or national platform pushed are removed by the deciding authority there),
    /// and the list's minimum time in force must have passed; the conditions of the list's standard are shown.
    /// </summary>
    public static EligibilityResult CheckListEntry(Huzhou.Credit.Contracts.Lists.RepairableListEntry entry, DateOnly today, bool alreadyOpen)
    {
        if (alreadyOpen)
        {
            return new(false, "该名单记录已有正在办理的修复申请。");
        }

        if (!entry.EarlyExitAllowed)
        {
            return new(false, $"“{entry.ListName}”不允许提前移出，有效期届满后自动移出。");
        }

        if (entry.FromPlatform)
        {
            return new(false, $"该名单由{entry.DecidingAuthority}认定并经省、国家平台共享，请向认定机关申请移出：{entry.EarlyExitConditions}");
        }

        // Some lists count the minimum time from the day the obligation was met (人社部令第45号: 自改正之日起), not from listing.
        if (entry.EarlyExitCountsFrom is { } obligation)
        {
            if (entry.ObligationMetOn is not { } met)
            {
                return new(false, $"“{entry.ListName}”的提前移出自{obligation}之日起计算，认定部门尚未登记{obligation}的日期，暂不能申请提前移出；{obligation}后请联系{entry.DecidingAuthority}登记。条件：{entry.EarlyExitConditions}");
            }

            if (entry.EarlyExitAfterMonths is { } afterMet && met.AddMonths(afterMet) > today)
            {
                var from = met.AddMonths(afterMet);
                return new(false, $"自{obligation}之日（{met:yyyy-MM-dd}）起满 {afterMet} 个月（{from:yyyy-MM-dd}）后方可申请提前移出。条件：{entry.EarlyExitConditions}", from);
            }

            return new(true, $"已于 {met:yyyy-MM-dd} {obligation}，可申请提前移出。条件：{entry.EarlyExitConditions}");
        }

        if (entry.EarlyExitAfterMonths is { } months && entry.EffectiveFrom.AddMonths(months) > today)
        {
            var from = entry.EffectiveFrom.AddMonths(months);
            return new(false, $"列入满 {months} 个月（{from:yyyy-MM-dd}）后方可申请提前移出。条件：{entry.EarlyExitConditions}", from);
        }

        return new(true, $"可申请提前移出。条件：{entry.EarlyExitConditions}");
    }
}
