using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// Reads of the append-only audit log. Administrators and the city credit office see every entry; a district credit
/// office sees the entries of its own district's staff only (issue #23).
/// </summary>
internal sealed class AuditQueries(CreditIdentityDbContext db, ICurrentStaff staff)
{
    public const int PageSize = 50;

    /// <summary>Entries matching the filter, newest first.</summary>
    public async Task<PagedList<AuditRecord>> ListAsync(AuditQuery filter, CancellationToken cancellationToken)
    {
        var query = db.AuditRecords.AsNoTracking();
        if (!staff.IsInRole(CreditRoles.Administrator) && !staff.IsCityLevel)
        {
            var district = staff.DistrictCode ?? "";
            query = query.Where(a => db.Users.Any(u => u.UserName == a.UserName && u.DistrictCode == district));
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(a => a.UserName == user);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var operation = filter.Action.Trim();
            query = query.Where(a => a.Action.StartsWith(operation));
        }

        if (filter.SubjectId is not null)
        {
            query = query.Where(a => a.SubjectId == filter.SubjectId);
        }

        if (filter.Start is { } start)
        {
            query = query.Where(a => a.OccurredAt >= start);
        }

        if (filter.End is { } end)
        {
            query = query.Where(a => a.OccurredAt < end);
        }

        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(cancellationToken);
        var records = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new PagedList<AuditRecord>(records, page, PageSize, total);
    }
}
