using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>
/// Keeps a hall terminal (信用查询终端) on the kiosk path: a request by a Kiosk account to any page other than the
/// terminal's own, report verification and signing out is sent back to <c>/kiosk</c>. A global MVC filter, so pages
/// an account may not open (which end on the access-denied page) come back here as well.
/// </summary>
internal sealed class KioskPathFilter : IAuthorizationFilter, IOrderedFilter
{
    public const string Start = "/kiosk";

    /// <summary>Before every other authorisation filter.</summary>
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true || !IsTerminal(user))
        {
            return;
        }

        if (context.ActionDescriptor is ControllerActionDescriptor action && Allowed(action))
        {
            return;
        }

        context.Result = new RedirectResult(Start);
    }

    /// <summary>A Kiosk account that holds no other role (an account with a staff role too is not a terminal).</summary>
    public static bool IsTerminal(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(CreditRoles.Kiosk) && !CreditRoles.All.Any(r => r != CreditRoles.Kiosk && user.IsInRole(r));

    private static bool Allowed(ControllerActionDescriptor action)
    {
        action.RouteValues.TryGetValue("area", out var area);
        return (area, action.ControllerName, action.ActionName) switch
        {
            ("Dossier", "Kiosk", _) => true,
            ("Dossier", "Verify", _) => true,
            ("Identity", "Account", "Logout") => true,
            _ => false,
        };
    }
}
