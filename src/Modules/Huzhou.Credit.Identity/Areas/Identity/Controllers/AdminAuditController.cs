using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>Read-only view of the append-only audit log, filtered by user, action, subject and date.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator + "," + CreditRoles.CreditOffice)]
[Route("admin/audit")]
internal sealed class AdminAuditController(CreditIdentityDbContext db) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? user, string? action, long? subjectId, DateOnly? from, DateOnly? to, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(user))
        {
            query = query.Where(a => a.UserName == user.Trim());
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(a => a.Action.StartsWith(action.Trim()));
        }

        if (subjectId is not null)
        {
            query = query.Where(a => a.SubjectId == subjectId);
        }

        if (from is not null)
        {
            var start = new DateTimeOffset(from.Value.ToDateTime(TimeOnly.MinValue), ShanghaiTime.Zone.BaseUtcOffset);
            query = query.Where(a => a.OccurredAt >= start);
        }

        if (to is not null)
        {
            var end = new DateTimeOffset(to.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), ShanghaiTime.Zone.BaseUtcOffset);
            query = query.Where(a => a.OccurredAt < end);
        }

        page = Math.Max(1, page);
        var total = await query.CountAsync(cancellationToken);
        var records = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return View(new AuditListViewModel(user, action, subjectId, from, to, new PagedList<Domain.AuditRecord>(records, page, PageSize, total)));
    }
}
