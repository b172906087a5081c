using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>
/// Read-only view of the append-only audit log, filtered by user, action, subject and date. Administrators and the city
/// credit office see every entry; a district credit office sees the entries of its own district's staff only (least
/// privilege: who looked at which person elsewhere is not its business; issue #23).
/// </summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator + "," + CreditRoles.CreditOffice)]
[Route("admin/audit")]
internal sealed class AdminAuditController(CreditIdentityDbContext db, ICurrentStaff staff) : Controller
{
    private const int PageSize = 50;

    // "action" is also MVC's route value (the action's name, "Index"), which the value providers offer before the
    // query string: the filter is bound from the query alone.
    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? user,
        [FromQuery(Name = "action")] string? operation,
        long? subjectId,
        DateOnly? from,
        DateOnly? to,
        int page = 1,
        CancellationToken cancellationToken = default)
    {
        var query = db.AuditRecords.AsNoTracking();
        if (!staff.IsInRole(CreditRoles.Administrator) && !staff.IsCityLevel)
        {
            var district = staff.DistrictCode ?? "";
            query = query.Where(a => db.Users.Any(u => u.UserName == a.UserName && u.DistrictCode == district));
        }

        if (!string.IsNullOrWhiteSpace(user))
        {
            query = query.Where(a => a.UserName == user.Trim());
        }

        if (!string.IsNullOrWhiteSpace(operation))
        {
            query = query.Where(a => a.Action.StartsWith(operation.Trim()));
        }

        if (subjectId is not null)
        {
            query = query.Where(a => a.SubjectId == subjectId);
        }

        var range = ShanghaiTime.DayRange(from, to);
        var error = FilterError() ?? range.Error;
        if (error is not null)
        {
            return View(new AuditListViewModel(user, operation, subjectId, from, to, new PagedList<Domain.AuditRecord>([], 1, PageSize, 0)) { Error = error });
        }

        if (range.Value.Start is { } start)
        {
            query = query.Where(a => a.OccurredAt >= start);
        }

        if (range.Value.End is { } end)
        {
            query = query.Where(a => a.OccurredAt < end);
        }

        page = Math.Max(1, page);
        var total = await query.CountAsync(cancellationToken);
        var records = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return View(new AuditListViewModel(user, operation, subjectId, from, to, new PagedList<Domain.AuditRecord>(records, page, PageSize, total)));
    }

    /// <summary>A date or subject id in the address that could not be read, or null.</summary>
    private string? FilterError() =>
        ModelState.GetFieldValidationState("from") == ModelValidationState.Invalid ? "起始日期无法识别，请按“2026-01-31”的格式填写。"
        : ModelState.GetFieldValidationState("to") == ModelValidationState.Invalid ? "截止日期无法识别，请按“2026-01-31”的格式填写。"
        : ModelState.GetFieldValidationState("subjectId") == ModelValidationState.Invalid ? "主体 ID 应为数字。"
        : null;
}
