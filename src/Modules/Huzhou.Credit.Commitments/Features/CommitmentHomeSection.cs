using System.Globalization;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Razor;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>
/// The organisation home's 信用承诺 card: commitments in force with the day each is due (履约期限; past it, the department's
/// verification is awaited), soonest first, then the ones verified in the last 90 days with their verification date.
/// </summary>
internal sealed class CommitmentHomeSection(CommitmentsDbContext db, TimeProvider clock) : IOrganisationHomeProvider
{
    private const int MaxLines = 8;

    public async Task<IReadOnlyList<OrganisationHomeSection>> SectionsAsync(long subjectId, CancellationToken cancellationToken = default)
    {
        var today = ShanghaiTime.Today(clock);
        var since = today.AddDays(-90);
        var rows = await db.Commitments.AsNoTracking()
            .Where(c => c.SubjectId == subjectId && (c.Status == CommitmentStatus.InForce || (c.VerifiedOn != null && c.VerifiedOn >= since)))
            .OrderBy(c => c.Status == CommitmentStatus.InForce ? 0 : 1).ThenBy(c => c.DueOn == null).ThenBy(c => c.DueOn).ThenByDescending(c => c.VerifiedOn)
            .Take(MaxLines)
            .ToListAsync(cancellationToken);
        var lines = rows.Select(c =>
        {
            var facts = new List<OrganisationHomeFact> { new("承诺日期", Day(c.SignedOn)), new("履约期限", c.DueOn is { } term ? Day(term) : "长期") };
            if (c.VerifiedOn is { } verified)
            {
                facts.Add(new("核查日期", Day(verified)));
            }

            var (badge, tone) = c.Status switch
            {
                CommitmentStatus.InForce when c.DueOn is { } due && due < today => ("期限已届满，待部门核查", BadgeTone.Attention),
                CommitmentStatus.InForce => (CommitmentNames.Status(c.Status), BadgeTone.Active),
                CommitmentStatus.Fulfilled => (CommitmentNames.Status(c.Status), BadgeTone.Success),
                CommitmentStatus.Breached => (CommitmentNames.Status(c.Status), BadgeTone.Danger),
                _ => (CommitmentNames.Status(c.Status), BadgeTone.Inactive),
            };
            return new OrganisationHomeLine($"{c.Matter}（{c.Number}）", c.Status == CommitmentStatus.Breached ? c.VerificationNote : null, badge, tone, facts);
        }).ToList();
        return
        [
            new("home-commitments", 30, "信用承诺履约", "pen", lines, "本单位没有履约中或近期核查的信用承诺。",
                new("全部承诺", "Commitments", "OrganisationCommitments", "Index")),
        ];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
