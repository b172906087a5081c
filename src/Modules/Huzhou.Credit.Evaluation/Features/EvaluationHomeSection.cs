using System.Globalization;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Razor;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>The organisation home's 行业信用评价 card: the organisation's current grade in every field it is graded in.</summary>
internal sealed class EvaluationHomeSection(IEvaluationGrades grades) : IOrganisationHomeProvider
{
    public async Task<IReadOnlyList<OrganisationHomeSection>> SectionsAsync(long subjectId, CancellationToken cancellationToken = default)
    {
        var current = await grades.CurrentGradesAsync([subjectId], cancellationToken);
        var lines = current.TryGetValue(subjectId, out var own)
            ? own.Select(g => new OrganisationHomeLine(
                g.FieldName, null, g.GradeName, Tone(g.Grade),
                [
                    new("评价日期", ShanghaiTime.Format(g.EvaluatedAt, "yyyy-MM-dd")),
                    new("得分", g.Score.ToString("0.##", CultureInfo.InvariantCulture)),
                ])).ToList()
            : [];
        return
        [
            new("home-grades", 10, "行业信用评价", "bar-chart", lines, "本单位暂无行业信用评价结果。",
                new("评价详情", "Evaluation", "OrganisationEvaluation", "Index")),
        ];
    }

    private static BadgeTone Tone(string grade) => grade switch
    {
        "A" => BadgeTone.Active,
        "B" => BadgeTone.Info,
        "C" => BadgeTone.Warning,
        "D" => BadgeTone.Danger,
        _ => BadgeTone.Light,
    };
}
