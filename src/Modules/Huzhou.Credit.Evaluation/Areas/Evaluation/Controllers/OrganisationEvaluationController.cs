using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Evaluation.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Controllers;

/// <summary>
/// An organisation user reads its own grades with the same line-by-line explanation a clerk sees. The subject comes
/// from the signed-in account, never from the address, so one organisation cannot open another's.
/// </summary>
[Area("Evaluation")]
[Authorize(AuthenticationSchemes = OrganisationAccountDefaults.Scheme)]
[Route("org/evaluation")]
internal sealed class OrganisationEvaluationController(EvaluationPageQueries queries, ICurrentOrganisation organisation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var explanations = await queries.OrganisationGradesAsync(organisation.SubjectId ?? 0, cancellationToken);
        ViewData["Organisation"] = organisation.OrganisationName;
        return View(explanations);
    }
}
