using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>
/// The risk signal rule (风险提示), pure: the level is the highest effect of the lines.
/// <list type="bullet">
/// <item>高: a black list entry in force; a 严重 bad record decided within the last 12 months; three or more 一般 ones
/// (a record without a class counts as 一般) within 12 months; a grade in the lowest band of its field (D, 红牌).</item>
/// <item>中: one or two 一般 bad records within 12 months; a commitment breach found within 12 months; a grade in the
/// second-lowest band of a field with at least three bands (C, 黄牌).</item>
/// <item>低: bad records decided 12 to 36 months ago that still count (not repaired); a breach found 12 to 36 months ago.</item>
/// <item>Shown, never counted: red list entries, better grades, records under objection (the record counts until the
/// objection is decided). 轻微 records never count (as for the check rules). Possible related parties are not part of
/// the rule at all: a shared name is no fact.</item>
/// </list>
/// </summary>
internal static class RiskRule
{
    public const int RecentMonths = 12;

    public const int OlderMonths = 36;

    /// <summary>Recent 一般 records from which the level is 高.</summary>
    public const int GeneralForHigh = 3;

    /// <summary>How many records a line names before "等".</summary>
    private const int Shown = 5;

    public static RiskAssessment Assess(RiskFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var recentFrom = today.AddMonths(-RecentMonths);
        var olderFrom = today.AddMonths(-OlderMonths);
        var lines = new List<RiskLine>();

        foreach (var e in facts.ListEntries.Where(e => InForce(e.EffectiveFrom, e.ExpiresOn, today)).OrderBy(e => e.IsBlack ? 0 : 1).ThenByDescending(e => e.EffectiveFrom))
        {
            var fact = $"{e.ListName}（{e.DocumentNumber}，{e.DecidingAuthority}，{e.EffectiveFrom:yyyy-MM-dd} 起" + (e.ExpiresOn is { } end ? $"至 {end:yyyy-MM-dd}）" : "，长期有效）");
            lines.Add(e.IsBlack
                ? new RiskLine("黑名单", fact, "列入黑名单且在有效期内 → 高", RiskLevel.High)
                : new RiskLine("红名单", fact, "红名单仅供参考，不降低风险等级", RiskLevel.None));
        }

        var recent = facts.BadRecords.Where(r => r.DecisionDate >= recentFrom).ToList();
        var serious = recent.Where(r => r.PenaltyClass == PenaltyClass.Serious).ToList();
        if (serious.Count > 0)
        {
            lines.Add(new RiskLine($"近 {RecentMonths} 个月严重失信记录", Records(serious), $"近 {RecentMonths} 个月内有严重失信记录 → 高", RiskLevel.High));
        }

        var general = recent.Where(r => r.PenaltyClass != PenaltyClass.Serious).ToList();
        if (general.Count > 0)
        {
            lines.Add(new RiskLine(
                $"近 {RecentMonths} 个月一般失信记录",
                Records(general),
                $"近 {RecentMonths} 个月内一般失信记录（未分类的按一般计）{GeneralForHigh} 条及以上 → 高，1–{GeneralForHigh - 1} 条 → 中",
                general.Count >= GeneralForHigh ? RiskLevel.High : RiskLevel.Medium));
        }

        var older = facts.BadRecords.Where(r => r.DecisionDate < recentFrom && r.DecisionDate >= olderFrom).ToList();
        if (older.Count > 0)
        {
            lines.Add(new RiskLine("较早的失信记录", Records(older), $"{RecentMonths}–{OlderMonths} 个月前作出、尚未修复的失信记录 → 低", RiskLevel.Low));
        }

        foreach (var g in facts.Grades.OrderBy(g => g.Grade.FieldCode, StringComparer.Ordinal))
        {
            var fact = $"{g.Grade.FieldName}：{g.Grade.GradeName}（{g.Grade.Score:0.##} 分，模型第 {g.Grade.ModelVersion} 版）";
            var lowest = g.BandIndex >= 0 && g.BandCount >= 2 && g.BandIndex == g.BandCount - 1;
            var secondLowest = g.BandIndex >= 0 && g.BandCount >= 3 && g.BandIndex == g.BandCount - 2;
            lines.Add(lowest
                ? new RiskLine("行业信用评价", fact, "所在领域的最低等级 → 高", RiskLevel.High)
                : secondLowest
                    ? new RiskLine("行业信用评价", fact, "所在领域的次低等级 → 中", RiskLevel.Medium)
                    : new RiskLine("行业信用评价", fact, "其他等级不计入", RiskLevel.None));
        }

        var recentBreaches = facts.Breaches.Where(b => b.FoundOn >= recentFrom).ToList();
        if (recentBreaches.Count > 0)
        {
            lines.Add(new RiskLine($"近 {RecentMonths} 个月违诺", Breaches(recentBreaches), $"近 {RecentMonths} 个月内被认定违反信用承诺 → 中", RiskLevel.Medium));
        }

        var olderBreaches = facts.Breaches.Where(b => b.FoundOn < recentFrom && b.FoundOn >= olderFrom).ToList();
        if (olderBreaches.Count > 0)
        {
            lines.Add(new RiskLine("较早的违诺", Breaches(olderBreaches), $"{RecentMonths}–{OlderMonths} 个月前被认定违反信用承诺 → 低", RiskLevel.Low));
        }

        if (facts.OpenObjections > 0)
        {
            lines.Add(new RiskLine("异议处理中", $"{facts.OpenObjections} 条信用记录异议处理中", "异议结论作出前记录仍按原状计入，仅作提示", RiskLevel.None));
        }

        var level = lines.Count == 0 ? RiskLevel.None : lines.Max(l => l.Effect);
        return new RiskAssessment(level, lines);
    }

    private static bool InForce(DateOnly from, DateOnly? until, DateOnly today) => from <= today && (until is null || until >= today);

    private static string Records(List<BadRecordFact> records) =>
        $"{records.Count} 条：" + string.Join("；", records.Take(Shown).Select(r =>
            $"{r.ItemName}{(r.PenaltyClass is { } c ? "（" + CreditRecordNames.Of(c) + "）" : "")} {r.Reference}，{r.DecisionDate:yyyy-MM-dd}"))
        + (records.Count > Shown ? " 等" : "");

    private static string Breaches(List<CommitmentBreach> breaches) =>
        $"{breaches.Count} 次：" + string.Join("；", breaches.Take(Shown).Select(b => $"{b.Number}（{b.TypeName}，{b.Matter}，{b.DepartmentName} {b.FoundOn:yyyy-MM-dd} 认定）"))
        + (breaches.Count > Shown ? " 等" : "");
}
