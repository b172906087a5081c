using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>
/// The operator's view of background work after a crash or an outage (issue #24): every run of the singleton jobs with
/// its progress and checkpoint (which run a crash interrupted, which resumed it), and the collection batches that are
/// interrupted or failed, each with a requeue button. The Hangfire dashboard (<c>/admin/jobs</c>) stays for schedules.
/// </summary>
[Authorize(Roles = CreditRoles.Administrator)]
public sealed class JobRunsController(JobRuns runs, IBatchAttention batches, IAuditLog audit) : Controller
{
    [HttpGet("/admin/job-runs")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Section"] = "admin";
        return View(new JobRunsViewModel(await runs.RecentAsync(100, cancellationToken), await batches.ListAsync(30, cancellationToken)));
    }

    [HttpPost("/admin/job-runs/batches/{id:long}/requeue")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Requeue(long id, CancellationToken cancellationToken)
    {
        var result = await batches.RequeueAsync(id, cancellationToken);
        if (result.Succeeded)
        {
            await audit.WriteAsync(new AuditEntry("collection.batch.requeue", "Platform", Detail: $"重新排队归集批次 {id}（后台作业页）"), cancellationToken);
        }

        TempData.Outcome(result, $"批次 {id} 已重新排队。");
        return RedirectToAction(nameof(Index));
    }
}
