using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// When a subject's credit records change: its stored personal score becomes stale (recomputed on the next look or by
/// the nightly job), and the points schemes it belongs to take the records into their events at once.
/// </summary>
internal sealed class IntegrityRecordsSync(IntegrityDbContext db, PersonalScores scores, PointsSchemes schemes) : IIntegrationEventHandler<CreditRecordsChanged>
{
    public async Task HandleAsync(CreditRecordsChanged message, CancellationToken cancellationToken)
    {
        await scores.MarkStaleAsync(message.SubjectIds, cancellationToken);
        var ids = message.SubjectIds;
        var schemeIds = await db.SchemeMembers.AsNoTracking()
            .Where(m => ids.Contains(m.SubjectId) && m.LeftOn == null)
            .Select(m => m.SchemeId).Distinct().ToListAsync(cancellationToken);
        if (schemeIds.Count == 0)
        {
            return;
        }

        var withRecordRules = await db.Schemes.AsNoTracking()
            .Where(s => schemeIds.Contains(s.Id) && s.Active && db.PointRules.Any(r => r.SchemeId == s.Id && r.Active && r.Source == PointRuleSource.CreditRecord))
            .ToListAsync(cancellationToken);
        foreach (var scheme in withRecordRules)
        {
            await schemes.SyncRecordsAsync(scheme, ids, cancellationToken);
        }
    }
}
