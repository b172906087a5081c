using Hangfire.Dashboard;
using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>The job dashboard at <c>/admin/jobs</c> is for administrators only.</summary>
internal sealed class AdministratorDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(CreditRoles.Administrator);
    }
}
