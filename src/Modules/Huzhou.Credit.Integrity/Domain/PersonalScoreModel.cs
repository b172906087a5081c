namespace Huzhou.Credit.Integrity.Domain;

/// <summary>
/// The personal score, model version 1 (0–1000): the provincial evaluation as the base (600 without one), commitments
/// kept as the core (+5 each, at most +50) and breached (−60 each, at most −240), honours (+20, at most +100) and
/// volunteer hours (+0.5 a hour, at most +100) as the supplement, bad records that still count (轻微 −10, 一般 −40,
/// 严重 −120, at most −400); all over three years. Compare 茉莉分 (base 500 ± 500) in domain.md §7.
/// </summary>
internal static class PersonalScoreModel
{
    public const int Version = 1;

    public const int Base = 600;

    public static PersonalScoreResult Compute(PersonFacts facts, decimal volunteerPointsPerHour = 0.5m)
    {
        var lines = new List<ScoreLine>
        {
            facts.ProvincialScore is { } provincial
                ? new("基础分", $"浙江省公共信用评价 {provincial:0.##} 分", provincial)
                : new("基础分", "暂无省公共信用评价结果，取基准分", Base),
            new("信用承诺践诺", $"近三年践诺 {facts.CommitmentsKept} 项，每项 +5，最多 +50", Math.Min(50, 5m * facts.CommitmentsKept)),
            new("信用承诺违诺", $"近三年违诺 {facts.CommitmentsBreached} 项，每项 −60，最多 −240", -Math.Min(240, 60m * facts.CommitmentsBreached)),
            new("表彰荣誉", $"近三年表彰 {facts.Honours} 项，每项 +20，最多 +100", Math.Min(100, 20m * facts.Honours)),
            new("志愿服务", $"近三年志愿服务 {facts.VolunteerHours:0.#} 小时，每小时 +{volunteerPointsPerHour:0.##}，最多 +100", Math.Min(100, Math.Round(volunteerPointsPerHour * facts.VolunteerHours, 1))),
            new("失信信息", $"近三年仍在公示的失信信息：轻微 {facts.BadMinor}、一般 {facts.BadGeneral}、严重 {facts.BadSerious}（−10 / −40 / −120，最多 −400）",
                -Math.Min(400, 10m * facts.BadMinor + 40m * facts.BadGeneral + 120m * facts.BadSerious)),
        };
        var raw = lines.Sum(l => l.Points);
        var score = (int)Math.Round(Math.Clamp(raw, 0, 1000), MidpointRounding.AwayFromZero);
        return new PersonalScoreResult(score, IntegrityLevels.Of(score), Version, lines, score - raw);
    }
}
