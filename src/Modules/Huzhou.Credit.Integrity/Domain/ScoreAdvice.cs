using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Integrity.Domain;

/// <summary>
/// "How to raise it" (怎样提高诚信分), drawn from the score model's lines: first the bad records that lower the score
/// (each with its deduction, when it can be repaired and when it stops counting — links to repair and objection), then
/// the positive lines that are not yet at their ceiling (commitments kept, honours, volunteer hours) with what is left to
/// gain, and how far the next level is. Pure: the page passes the stored score and the counting bad records.
/// </summary>
internal static class ScoreAdvice
{
    /// <summary>The next level's name and the points missing to reach it, or null at the top level.</summary>
    public static (string Level, int Missing)? NextLevel(int score) =>
        IntegrityLevels.All.Where(l => l.MinScore > score).OrderBy(l => l.MinScore).Select(l => ((string, int)?)(l.Name, l.MinScore - score)).FirstOrDefault();

    public static IReadOnlyList<AdviceLine> For(PersonalScoreResult score, IReadOnlyList<RepairableRecord> countingBadRecords, DateOnly today, decimal volunteerPointsPerHour)
    {
        var lines = new List<AdviceLine>();
        foreach (var r in countingBadRecords.OrderByDescending(r => PersonalScoreModel.Deduction(r.PenaltyClass)).ThenBy(r => r.DecisionDate))
        {
            var deduction = PersonalScoreModel.Deduction(r.PenaltyClass);
            var stopsCounting = r.DecisionDate.AddYears(3);
            var className = r.PenaltyClass is { } c ? CreditRecordNames.Of(c) : "未分类";
            string when;
            var canRepair = false;
            if (r.PenaltyClass == PenaltyClass.Minor)
            {
                when = "轻微失信信息在履行法定义务后即可申请信用修复";
                canRepair = true;
            }
            else if (r.MinimumEnd is { } minimum && minimum <= today)
            {
                when = $"最短公示期已于 {Day(minimum)} 届满，纠正失信行为、履行法定义务后可申请信用修复";
                canRepair = true;
            }
            else if (r.MinimumEnd is { } later)
            {
                when = $"最短公示期 {Day(later)} 届满后，可申请信用修复";
            }
            else
            {
                when = "按该信息适用的公示规则不能提前修复";
            }

            var publicity = r.PublicityEnd is { } end ? $"公示至 {Day(end)}" : "长期公示";
            lines.Add(new(
                $"{r.ItemName} {r.Reference}",
                $"{className}失信信息，扣 {deduction} 分。{when}，修复后不再扣分；否则至 {Day(stopsCounting)} 满三年后不再计入（{publicity}）。信息有误的，可提出异议。",
                deduction, r.RecordId, canRepair));
        }

        decimal Points(string line) => score.Lines.FirstOrDefault(l => l.Name == line)?.Points ?? 0;

        if (Points(PersonalScoreModel.CommitmentsBreachedLine) < 0)
        {
            lines.Add(new(PersonalScoreModel.CommitmentsBreachedLine,
                "违背信用承诺每项扣 60 分，近三年内计入。今后作出的承诺按时履行；认为违诺认定有误的，可向核查部门提出异议。", -Points(PersonalScoreModel.CommitmentsBreachedLine)));
        }

        var commitments = PersonalScoreModel.CommitmentsKeptMax - Points(PersonalScoreModel.CommitmentsKeptLine);
        if (commitments > 0)
        {
            lines.Add(new(PersonalScoreModel.CommitmentsKeptLine,
                $"办事时选择告知承诺或签署个人信用承诺，经核查践诺的，每项加 {PersonalScoreModel.CommitmentKeptPoints} 分，还可加 {commitments:0.#} 分。", commitments));
        }

        var volunteer = PersonalScoreModel.VolunteerMax - Points(PersonalScoreModel.VolunteerLine);
        if (volunteer > 0 && volunteerPointsPerHour > 0)
        {
            var hours = Math.Ceiling(volunteer / volunteerPointsPerHour);
            lines.Add(new(PersonalScoreModel.VolunteerLine,
                string.Create(CultureInfo.InvariantCulture, $"参加志愿服务并由组织单位登记时长，每小时加 {volunteerPointsPerHour:0.##} 分；再服务约 {hours:0} 小时可加满 {PersonalScoreModel.VolunteerMax} 分，还可加 {volunteer:0.#} 分。"), volunteer));
        }

        var honours = PersonalScoreModel.HonoursMax - Points(PersonalScoreModel.HonoursLine);
        if (honours > 0)
        {
            lines.Add(new(PersonalScoreModel.HonoursLine,
                $"见义勇为、无偿献血、优秀志愿者等获得表彰的，每项加 {PersonalScoreModel.HonourPoints} 分，还可加 {honours:0.#} 分。", honours));
        }

        return lines;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
