using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Integrity.Seed;

/// <summary>
/// Twelve months of score history for the demo citizen (沈雨涵) and some villagers of the points schemes, computed from
/// their own records as of each month's end (an honour, volunteer hours, a commitment and a fine move the line), so the
/// citizen's chart shows a real story. Runs after the citizen (49) and the schemes (50); seeded once.
/// </summary>
internal sealed class ScoreHistorySeeder(IntegrityDbContext db, ISubjectDirectory subjects, PersonalScores scores) : IDemoSeeder
{
    private const int Persons = 24;

    public int Order => 52;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await db.ScoreHistory.AnyAsync(cancellationToken))
        {
            return null;
        }

        var ids = new List<long>();
        if (await subjects.FindByCodeAsync(ResidentIdNumber.Compose("330502", new DateOnly(1988, 6, 18), 262).Value, cancellationToken) is { } citizen)
        {
            ids.Add(citizen.SubjectId);
        }

        var personSchemes = db.Schemes.Where(s => s.MembersArePersons).Select(s => s.Id);
        ids.AddRange(await db.SchemeMembers.AsNoTracking().Where(m => personSchemes.Contains(m.SchemeId) && !ids.Contains(m.SubjectId))
            .OrderBy(m => m.Id).Select(m => m.SubjectId).Distinct().Take(Persons).ToListAsync(cancellationToken));
        var entries = 0;
        foreach (var id in ids)
        {
            entries += await scores.RebuildHistoryAsync(id, 12, cancellationToken);
        }

        return $"诚信分历史：{ids.Count} 人近 12 个月的分值变化（{entries} 个变化点），演示市民的 /citizen 页面显示曲线。";
    }
}
