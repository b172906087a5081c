using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Seed;

/// <summary>
/// The demo's risk signals: nothing is stored for them (they are read on demand), so this seeder reports which demo
/// organisations show 高 and 中 and names a 可能关联 pair (two organisations of one district whose legal representatives
/// share a name, preferring one with a 高 signal), and publishes one risk alert (by the city credit office
/// <c>xinyongban</c>) about the first 高 organisation. Idempotent: once an alert exists it does nothing.
/// </summary>
internal sealed class RiskDemoSeeder(MonitoringDbContext db, ISubjectDirectory subjects, RiskSignals signals, TimeProvider clock) : IDemoSeeder
{
    // After the facts (records, lists, grades, commitments) and the watch lists.
    public int Order => 96;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await db.RiskAlerts.AnyAsync(cancellationToken))
        {
            return null;
        }

        var organisations = await subjects.ListOrganisationsAsync(null, 3000, cancellationToken);
        if (organisations.Count == 0)
        {
            return null;
        }

        var resolved = await subjects.FindByCodesAsync(organisations.Select(o => o.Uscc).ToList(), cancellationToken);
        var levels = new Dictionary<long, RiskAssessment>();
        foreach (var chunk in resolved.Values.Select(s => s.SubjectId).Chunk(500))
        {
            foreach (var (id, assessment) in await signals.AssessAsync(chunk, 5, cancellationToken))
            {
                levels[id] = assessment;
            }
        }

        RiskLevel LevelOf(string uscc) => resolved.TryGetValue(uscc, out var s) && levels.TryGetValue(s.SubjectId, out var a) ? a.Level : RiskLevel.None;
        var high = organisations.Where(o => LevelOf(o.Uscc) == RiskLevel.High).ToList();
        var medium = organisations.Count(o => LevelOf(o.Uscc) == RiskLevel.Medium);

        // A 可能关联 pair: same district, same legal representative's name; one of them 高 when the demo has such a pair.
        var pair = organisations.Where(o => !string.IsNullOrWhiteSpace(o.LegalRepresentative))
            .GroupBy(o => (o.DistrictCode, o.LegalRepresentative))
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Max(o => LevelOf(o.Uscc)))
            .ThenBy(g => g.Count())
            .FirstOrDefault()?.OrderByDescending(o => LevelOf(o.Uscc)).Take(2).ToList();

        var published = "";
        if (high.FirstOrDefault() is { } first && resolved.TryGetValue(first.Uscc, out var subject))
        {
            var signalsShown = levels[subject.SubjectId].Lines.Where(l => l.Effect == RiskLevel.High).Select(l => l.Signal).Distinct().ToList();
            var title = $"关于{first.Name}的信用风险提示";
            db.RiskAlerts.Add(new RiskAlert
            {
                SubjectId = subject.SubjectId,
                SubjectName = first.Name,
                SubjectCode = first.Uscc,
                DistrictCode = first.DistrictCode,
                Title = title.Length <= RiskAlert.TitleMax ? title : "企业信用风险提示",
                Text = $"经湖州市公共信用信息平台核查，该企业存在以下信用风险：{string.Join("、", signalsShown)}。\n请交易相对方和社会公众在交易、合作中注意防范信用风险，可在“信用湖州”网站查询该企业的综合信用档案。",
                PublishedBy = "xinyongban",
                PublishedAt = clock.GetUtcNow().AddDays(-3),
            });
            await db.SaveChangesAsync(cancellationToken);
            published = $"；已发布风险提示 1 条（{first.Name}）";
        }

        var related = pair is { Count: 2 } ? $"；可能关联示例：{pair[0].Name} 与 {pair[1].Name}（法定代表人同名）" : "";
        return $"风险提示：前 {organisations.Count:N0} 个组织中 高 {high.Count} 家、中 {medium} 家{related}{published}。";
    }
}
