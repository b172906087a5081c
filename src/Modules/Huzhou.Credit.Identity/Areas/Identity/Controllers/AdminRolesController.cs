using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>The five roles and what each may do. Roles are defined by the platform, not edited here.</summary>
[Area("Identity")]
[Authorize(Roles = CreditRoles.Administrator)]
[Route("admin/roles")]
internal sealed class AdminRolesController(StaffQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.RolesWithUsersAsync(cancellationToken));
}
