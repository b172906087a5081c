using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>The change history's 登记状态 rows that say 注销 or 吊销 (index on subject and time).</summary>
internal sealed class SubjectStatusChanges(SubjectsDbContext db) : ISubjectStatusChanges
{
    public const string StatusField = "登记状态";

    private static readonly string[] Watched = [RegistrationStatuses.DisplayName(RegistrationStatus.Cancelled), RegistrationStatuses.DisplayName(RegistrationStatus.Revoked)];

    public async Task<IReadOnlyList<SubjectStatusChange>> ChangesSinceAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var ids = subjectIds.Distinct().ToArray();
        return await db.SubjectChanges.AsNoTracking()
            .Where(c => ids.Contains(c.SubjectId) && c.ChangedAt >= since && c.Field == StatusField && Watched.Contains(c.NewValue!))
            .OrderBy(c => c.Id)
            .Select(c => new SubjectStatusChange(c.SubjectId, c.Id, c.NewValue!, c.ChangedAt))
            .ToListAsync(cancellationToken);
    }
}
