using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>
/// <c>/api/docs</c>: a readable reference of the API, rendered in the browser from <c>/api/v1/openapi.json</c>
/// (wwwroot/js/api-docs.js; no inline script, no third-party assets).
/// </summary>
[AllowAnonymous]
[Route("api/docs")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ApiDocsController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
