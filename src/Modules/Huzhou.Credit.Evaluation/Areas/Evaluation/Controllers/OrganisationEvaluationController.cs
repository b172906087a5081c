using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.Evaluation.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Controllers;

/// <summary>
/// An organisation user reads its own grades with the same line-by-line explanation a clerk sees. The subject comes
/// from the signed-in account, never from the address, so one organisation cannot open another's.
/// </summary>
[Area("Evaluation")]
[Authorize(AuthenticationSchemes = OrganisationAccountDefaults.Scheme)]
[Route("org/evaluation")]
internal sealed class OrganisationEvaluationController(EvaluationDbContext db, EvaluationQueries queries, ICurrentOrganisation organisation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var subject = organisation.SubjectId ?? 0;
        var fields = await db.Results.AsNoTracking().Where(r => r.SubjectId == subject).OrderBy(r => r.FieldCode).Select(r => r.FieldCode).ToListAsync(cancellationToken);
        var explanations = new List<Explanation>();
        foreach (var field in fields)
        {
            if (await queries.ExplainAsync(field, subject, cancellationToken) is { } explanation)
            {
                explanations.Add(explanation);
            }
        }

        ViewData["Organisation"] = organisation.OrganisationName;
        return View(explanations);
    }
}
