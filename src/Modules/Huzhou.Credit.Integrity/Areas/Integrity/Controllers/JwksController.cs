using Huzhou.Credit.Integrity.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Controllers;

/// <summary>This city's public keys of the integrity code, for partner cities and verifiers (JWKS).</summary>
[AllowAnonymous]
internal sealed class JwksController(IntegrityCodes codes) : Controller
{
    [HttpGet("/.well-known/jwks.json")]
    [ResponseCache(Duration = 300)]
    public async Task<IActionResult> Jwks(CancellationToken cancellationToken) =>
        Content(await codes.JwksAsync(cancellationToken), "application/jwk-set+json");
}
