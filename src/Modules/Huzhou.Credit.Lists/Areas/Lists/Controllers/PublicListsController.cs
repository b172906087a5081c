using Huzhou.Credit.Contracts.Dossier;
using Huzhou.Credit.Lists.Areas.Lists.Models;
using Huzhou.Credit.Lists.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Huzhou.Credit.Lists.Areas.Lists.Controllers;

/// <summary>红黑名单公示: the organisations on each list in force, for anyone. Natural persons are never shown here.</summary>
[Area("Lists")]
[AllowAnonymous]
[Route("public/lists")]
[EnableRateLimiting(PublicPages.RateLimitPolicy)]
internal sealed class PublicListsController(ListQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, string? q, int page = 1, CancellationToken cancellationToken = default) =>
        View(new PublicListsViewModel(
            await queries.TypesAsync(cancellationToken),
            await queries.InForceCountsAsync(organisationsOnly: true, cancellationToken),
            type,
            q,
            await queries.PublicAsync(type, q, page, cancellationToken)));
}
