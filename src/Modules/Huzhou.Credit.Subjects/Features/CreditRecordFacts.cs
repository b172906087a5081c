using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>Bad records that count for the check rules: items of nature 失信, not repaired or revoked. One partition per query.</summary>
internal sealed class CreditRecordFacts(SubjectsDbContext db, IServiceProvider services) : ICreditRecordFacts
{
    public async Task<IReadOnlyList<BadRecordFact>> BadRecordsSinceAsync(long subjectId, DateOnly since, CancellationToken cancellationToken = default)
    {
        var catalogue = services.GetService<ICatalogue>();
        if (catalogue is null)
        {
            return [];
        }

        var bad = (await catalogue.ListItemsAsync(includeRetired: true, cancellationToken))
            .Where(i => i.Nature == InformationNature.Bad)
            .GroupBy(i => i.ItemCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        if (bad.Count == 0)
        {
            return [];
        }

        var codes = bad.Keys.ToList();
        var rows = await db.CreditRecords.AsNoTracking()
            .Where(r => r.SubjectId == subjectId && codes.Contains(r.ItemCode) && r.DecisionDate >= since
                && r.Status != CreditRecordStatus.Repaired && r.Status != CreditRecordStatus.Revoked)
            .OrderByDescending(r => r.DecisionDate)
            .Select(r => new { r.ItemCode, r.SourceKey, r.DecisionDate, r.PenaltyClass, r.ProviderDepartment })
            .Take(50)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new BadRecordFact(bad[r.ItemCode], r.SourceKey, r.DecisionDate, r.PenaltyClass is null ? null : (short)r.PenaltyClass, r.ProviderDepartment)).ToList();
    }
}
