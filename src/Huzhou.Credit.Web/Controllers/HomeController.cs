using Huzhou.Credit.Contracts.Subjects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>The public portal's home page (anonymous).</summary>
[AllowAnonymous]
public sealed class HomeController(ISubjectStatistics statistics) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var snapshot = await statistics.GetLatestSnapshotAsync(cancellationToken);
        var byKind = snapshot?.Rows.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Sum(r => r.Count))
            ?? [];
        return View(new HomeViewModel(snapshot?.TakenAt, byKind));
    }
}
