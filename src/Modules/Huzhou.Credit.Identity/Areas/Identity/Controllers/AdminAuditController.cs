using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Areas.Identity.Models;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>
/// Read-only view of the append-only audit log, filtered by user, action, subject and date. Administrators and the city
/// credit office see every entry; a district credit office sees the entries of its own district's staff only (least
/// privilege: who looked at which person elsewhere is not its business; issue #23).
/// </summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator + "," + CreditRoles.CreditOffice)]
[Route("admin/audit")]
internal sealed class AdminAuditController(AuditQueries queries) : Controller
{
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
        var range = ShanghaiTime.DayRange(from, to);
        var error = FilterError() ?? range.Error;
        if (error is not null)
        {
            return View(new AuditListViewModel(user, operation, subjectId, from, to, new PagedList<Domain.AuditRecord>([], 1, AuditQueries.PageSize, 0)) { Error = error });
        }

        var records = await queries.ListAsync(new AuditQuery(user, operation, subjectId, range.Value.Start, range.Value.End, page), cancellationToken);
        return View(new AuditListViewModel(user, operation, subjectId, from, to, records));
    }

    /// <summary>A date or subject id in the address that could not be read, or null.</summary>
    private string? FilterError() =>
        ModelState.GetFieldValidationState("from") == ModelValidationState.Invalid ? "起始日期无法识别，请按“2026-01-31”的格式填写。"
        : ModelState.GetFieldValidationState("to") == ModelValidationState.Invalid ? "截止日期无法识别，请按“2026-01-31”的格式填写。"
        : ModelState.GetFieldValidationState("subjectId") == ModelValidationState.Invalid ? "主体 ID 应为数字。"
        : null;
}
