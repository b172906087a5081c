namespace Huzhou.Credit.Integrity.Domain;

/// <summary>What the personal score is computed from (one person, at one day).</summary>
/// <param name="ProvincialScore">浙江省公共信用评价 评价分值 (0–1000) of the newest batch, or null.</param>
/// <param name="CommitmentsKept">Commitments verified 已践诺 in the last three years.</param>
/// <param name="CommitmentsBreached">Commitments 违诺 in the last three years.</param>
/// <param name="Honours">Honours (表彰荣誉) in the last three years.</param>
/// <param name="VolunteerHours">Hours of volunteer service (志愿服务) in the last three years.</param>
/// <param name="BadMinor">Bad records of class 轻微 that still count, last three years.</param>
/// <param name="BadGeneral">Of class 一般 (or without a class).</param>
/// <param name="BadSerious">Of class 严重.</param>
internal sealed record PersonFacts(decimal? ProvincialScore, int CommitmentsKept, int CommitmentsBreached, int Honours, decimal VolunteerHours, int BadMinor, int BadGeneral, int BadSerious);

/// <summary>One line of the explanation: which facts, how many points.</summary>
internal sealed record ScoreLine(string Name, string Facts, decimal Points);

/// <summary>A computed score with its explanation; the lines sum to the score before the 0–1000 clamp (<see cref="Adjustment"/>).</summary>
internal sealed record PersonalScoreResult(int Score, int Level, int ModelVersion, IReadOnlyList<ScoreLine> Lines, decimal Adjustment);

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

/// <summary>
/// A person's score as last computed, kept so the citizen's page and the code read it in one lookup. Marked stale when
/// the person's records change; the nightly job recomputes stale scores and those of an earlier day (records age out
/// of the three years).
/// </summary>
internal sealed class StoredPersonalScore
{
    public long SubjectId { get; set; }

    public int Score { get; set; }

    public int Level { get; set; }

    public int ModelVersion { get; set; }

    /// <summary>The explanation lines (JSON array of <see cref="ScoreLine"/>).</summary>
    public string Explanation { get; set; } = "[]";

    public decimal Adjustment { get; set; }

    public DateOnly ComputedOn { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    public bool Stale { get; set; }
}
