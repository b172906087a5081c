using System.ComponentModel;
using System.Security.Claims;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Controllers;

/// <summary>
/// Verifiers (merchants, service providers) check a personal integrity code and record its use at a scenario.
/// Scope <c>integrity:verify</c>. The answer carries the level and the scenarios it opens — never who the person is.
/// </summary>
[ApiController]
[Route("api/v1/integrity")]
[Authorize(AuthenticationSchemes = ApiKeyDefaults.Scheme, Policy = ApiKeyDefaults.ScopePolicyPrefix + ApiScopes.IntegrityVerify)]
[EnableRateLimiting(ApiKeyDefaults.RateLimitPolicy)]
[IgnoreAntiforgeryToken]
internal sealed class IntegrityApiController(IntegrityCodes codes, Redemptions redemptions) : ControllerBase
{
    /// <summary>A code to verify.</summary>
    /// <param name="Code">The code as scanned (a compact JWS).</param>
    public sealed record VerifyBody([property: Description("扫码得到的诚信码（必填）")] string? Code);

    /// <summary>A code used at a scenario.</summary>
    /// <param name="Code">The code as scanned.</param>
    /// <param name="Scenario">Scenario code (e.g. TS-YJ 图书馆免押金借阅).</param>
    public sealed record RedeemBody([property: Description("扫码得到的诚信码（必填）")] string? Code, [property: Description("激励场景编码（必填）")] string? Scenario);

    [EndpointSummary("核验个人诚信码")]
    [EndpointDescription("核验签名、签发方（本市或互认城市）和有效期，返回诚信等级和可享受的激励场景；不返回持码人身份。需要 integrity:verify 权限。")]
    [HttpPost("verifications")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Verify([FromBody] VerifyBody body, CancellationToken cancellationToken)
    {
        var (code, problem) = await codes.VerifyAsync(body.Code, cancellationToken);
        if (code is null)
        {
            return Problem(title: "诚信码无效", detail: problem, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var opened = await redemptions.OpenedAsync(code, cancellationToken);
        return Ok(new
        {
            valid = true,
            issuer = code.Issuer,
            issuerName = code.IssuerName,
            partnerCity = !code.Local,
            test = code.Test,
            level = code.Level,
            levelName = IntegrityLevels.Name(code.Level),
            expiresAt = code.ExpiresAt,
            scenarios = opened.Select(s => new { code = s.Code, category = s.Category, name = s.Name, provider = s.Provider, benefit = s.Benefit }),
        });
    }

    [EndpointSummary("登记激励场景使用（核销）")]
    [EndpointDescription("核验诚信码并登记在某一激励场景的使用；同一诚信码在同一场景只能使用一次（重放返回 409）。需要 integrity:verify 权限。")]
    [HttpPost("redemptions")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Redeem([FromBody] RedeemBody body, CancellationToken cancellationToken)
    {
        var verifier = "api-client:" + User.FindFirstValue(ApiKeyDefaults.ClientIdClaim);
        var (outcome, message, code, redemption) = await redemptions.RedeemAsync(body.Code, body.Scenario, verifier, cancellationToken);
        return outcome switch
        {
            RedemptionOutcome.Recorded => StatusCode(StatusCodes.Status201Created, new
            {
                id = redemption!.Id, scenario = redemption.ScenarioCode, level = code!.Level, levelName = IntegrityLevels.Name(code.Level), issuerName = code.IssuerName, message,
            }),
            RedemptionOutcome.InvalidCode => Problem(title: "诚信码无效", detail: message, statusCode: StatusCodes.Status422UnprocessableEntity),
            RedemptionOutcome.UnknownScenario => Problem(title: "激励场景不存在", detail: message, statusCode: StatusCodes.Status404NotFound),
            RedemptionOutcome.LevelTooLow => Problem(title: "未达到场景所需等级", detail: message, statusCode: StatusCodes.Status403Forbidden),
            _ => Problem(title: "诚信码已使用", detail: message, statusCode: StatusCodes.Status409Conflict),
        };
    }
}
