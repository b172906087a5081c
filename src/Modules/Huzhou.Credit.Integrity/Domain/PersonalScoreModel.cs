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

    /// <summary>The names of the explanation's lines (the "how to raise it" advice reads them back).</summary>
    public const string BaseLine = "基础分", CommitmentsKeptLine = "信用承诺践诺", CommitmentsBreachedLine = "信用承诺违诺", HonoursLine = "表彰荣誉",
        VolunteerLine = "志愿服务", BadRecordsLine = "失信信息";

    /// <summary>The most each positive line adds, and what one fact adds.</summary>
    public const int CommitmentsKeptMax = 50, CommitmentKeptPoints = 5, HonoursMax = 100, HonourPoints = 20, VolunteerMax = 100;

    /// <summary>What one bad record deducts, by class (轻微 / 一般 or unclassified / 严重).</summary>
    public static int Deduction(Contracts.Catalogue.PenaltyClass? penaltyClass) => penaltyClass switch
    {
        Contracts.Catalogue.PenaltyClass.Minor => 10,
        Contracts.Catalogue.PenaltyClass.Serious => 120,
        _ => 40,
    };

    public static PersonalScoreResult Compute(PersonFacts facts, decimal volunteerPointsPerHour = 0.5m)
    {
        var lines = new List<ScoreLine>
        {
            facts.ProvincialScore is { } provincial
                ? new(BaseLine, $"浙江省公共信用评价 {provincial:0.##} 分", provincial)
                : new(BaseLine, "暂无省公共信用评价结果，取基准分", Base),
            new(CommitmentsKeptLine, $"近三年践诺 {facts.CommitmentsKept} 项，每项 +5，最多 +50", Math.Min(50, 5m * facts.CommitmentsKept)),
            new(CommitmentsBreachedLine, $"近三年违诺 {facts.CommitmentsBreached} 项，每项 −60，最多 −240", -Math.Min(240, 60m * facts.CommitmentsBreached)),
            new(HonoursLine, $"近三年表彰 {facts.Honours} 项，每项 +20，最多 +100", Math.Min(100, 20m * facts.Honours)),
            new(VolunteerLine, $"近三年志愿服务 {facts.VolunteerHours:0.#} 小时，每小时 +{volunteerPointsPerHour:0.##}，最多 +100", Math.Min(100, Math.Round(volunteerPointsPerHour * facts.VolunteerHours, 1))),
            new(BadRecordsLine, $"近三年仍在公示的失信信息：轻微 {facts.BadMinor}、一般 {facts.BadGeneral}、严重 {facts.BadSerious}（−10 / −40 / −120，最多 −400）",
                -Math.Min(400, 10m * facts.BadMinor + 40m * facts.BadGeneral + 120m * facts.BadSerious)),
        };
        var raw = lines.Sum(l => l.Points);
        var score = (int)Math.Round(Math.Clamp(raw, 0, 1000), MidpointRounding.AwayFromZero);
        return new PersonalScoreResult(score, IntegrityLevels.Of(score), Version, lines, score - raw);
    }
}
