using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>The staff workbench (工作台): what this user can do, by role.</summary>
[Authorize(Roles = CreditRoles.Staff)]
public sealed class StaffController : Controller
{
    [HttpGet("/staff")]
    public IActionResult Index() => View();
}
