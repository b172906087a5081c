using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// The scheme pages' reads of members' data and the admission of a member, each audited where the law asks for it:
/// a persons' scheme's ranking, a member's page, the ranking export, a member added.
/// </summary>
internal sealed class SchemeQueries(PointsSchemes schemes, IAuditLog audit)
{
    /// <summary>The ranking of <paramref name="year"/>, optionally of one group; looking at a persons' scheme is audited.</summary>
    public async Task<SchemeRanking> RankingAsync(PointsScheme scheme, int year, string? group, CancellationToken cancellationToken)
    {
        var ranking = await schemes.RankingAsync(scheme, year, cancellationToken);
        var groups = ranking.Select(r => r.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        if (!string.IsNullOrEmpty(group))
        {
            ranking = ranking.Where(r => r.Group == group).ToList();
        }

        if (scheme.MembersArePersons)
        {
            await audit.WriteAsync(new AuditEntry("integrity.scheme.view", IntegrityDbContext.ModuleName, Purpose: "诚信积分管理", Detail: $"{scheme.Name} {year} 年度排名（{ranking.Count} 人）"), cancellationToken);
        }

        return new SchemeRanking(ranking, groups);
    }

    /// <summary>A member with its events (audited), or null.</summary>
    public async Task<(SchemeMember Member, ResolvedSubject? Subject, List<(PointEvent Event, PointRule Rule)> Events)?> MemberAsync(PointsScheme scheme, long id, CancellationToken cancellationToken)
    {
        if (await schemes.MemberAsync(scheme, id, cancellationToken) is not { } found)
        {
            return null;
        }

        await audit.WriteAsync(new AuditEntry("integrity.scheme.member-view", IntegrityDbContext.ModuleName, found.Member.SubjectId, Purpose: "诚信积分管理", Detail: scheme.Name), cancellationToken);
        return found;
    }

    /// <summary>The whole ranking of <paramref name="year"/> for the CSV export (audited).</summary>
    public async Task<IReadOnlyList<RankRow>> ExportRankingAsync(PointsScheme scheme, int year, CancellationToken cancellationToken)
    {
        var ranking = await schemes.RankingAsync(scheme, year, cancellationToken);
        await audit.WriteAsync(new AuditEntry("integrity.scheme.export", IntegrityDbContext.ModuleName, Purpose: "诚信积分管理", Detail: $"{scheme.Name} {year} 年度排名导出（{ranking.Count} 条）"), cancellationToken);
        return ranking;
    }

    /// <summary>Adds a member (<see cref="PointsSchemes.AddMemberAsync"/>); the admission is audited.</summary>
    public async Task<Result<SchemeMember>> AddMemberAsync(PointsScheme scheme, string? code, string? group, DateOnly? joinedOn, CancellationToken cancellationToken)
    {
        var result = await schemes.AddMemberAsync(scheme, code, group, joinedOn, cancellationToken);
        if (result.Succeeded)
        {
            await audit.WriteAsync(new AuditEntry("integrity.scheme.member-add", IntegrityDbContext.ModuleName, result.Value.SubjectId, Detail: $"加入{scheme.Name}（{result.Value.Group}）"), cancellationToken);
        }

        return result;
    }
}
