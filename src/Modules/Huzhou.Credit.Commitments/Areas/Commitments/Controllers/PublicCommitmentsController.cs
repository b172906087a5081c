using Huzhou.Credit.Commitments.Areas.Commitments.Models;
using Huzhou.Credit.Commitments.Features;
using Huzhou.Credit.Contracts.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Controllers;

/// <summary>信用承诺公示: organisations' public commitments by credit code, commitment number or name; no one's personal data.</summary>
[Area("Commitments")]
[AllowAnonymous]
[Route("public/commitments")]
[EnableRateLimiting(Huzhou.Credit.Contracts.Dossier.PublicPages.RateLimitPolicy)]
internal sealed class PublicCommitmentsController(CommitmentQueries queries, IDepartmentDirectory departments) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        ViewData["Departments"] = (await departments.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name);
        if (string.IsNullOrWhiteSpace(q))
        {
            return View(new PublicCommitmentsViewModel(null, null, null));
        }

        q = q.Trim();
        if (q.Length is < 2 or > 100)
        {
            return View(new PublicCommitmentsViewModel(q, null, "请输入至少两个字的单位名称、18位统一社会信用代码或承诺书编号。"));
        }

        return View(new PublicCommitmentsViewModel(q, await queries.PublicSearchAsync(q, cancellationToken), null));
    }
}
