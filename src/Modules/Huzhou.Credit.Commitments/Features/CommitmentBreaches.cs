using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Identity;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>The check rules' view of breached commitments (<see cref="ICommitmentBreaches"/>).</summary>
internal sealed class CommitmentBreaches(CommitmentsDbContext db, IDepartmentDirectory departments) : ICommitmentBreaches
{
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<CommitmentBreach>>> LatestBreachesAsync(IReadOnlyCollection<long> subjectIds, int perSubject, CancellationToken cancellationToken = default)
    {
        if (subjectIds.Count == 0)
        {
            return new Dictionary<long, IReadOnlyList<CommitmentBreach>>();
        }

        var ids = subjectIds.Distinct().ToArray();
        var rows = await db.Commitments.AsNoTracking()
            .Where(c => ids.Contains(c.SubjectId) && c.Status == CommitmentStatus.Breached)
            .Select(c => new { c.SubjectId, c.Number, c.Matter, c.Type, c.VerifiedOn, c.SignedOn, c.DepartmentCode })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return new Dictionary<long, IReadOnlyList<CommitmentBreach>>();
        }

        var names = (await departments.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        return rows.GroupBy(r => r.SubjectId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<CommitmentBreach>)g
                .Select(r => new CommitmentBreach(r.Number, r.Matter, CommitmentNames.Type(r.Type), r.VerifiedOn ?? r.SignedOn, names.GetValueOrDefault(r.DepartmentCode, r.DepartmentCode)))
                .OrderByDescending(b => b.FoundOn).Take(perSubject).ToList());
    }
}
