using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Huzhou.Credit.Subjects.Areas.Subjects.Controllers;

/// <summary>
/// <c>GET /api/v1/subjects/{uscc}</c>: an organisation's public registration data for business systems.
/// Natural persons are not served here.
/// </summary>
[ApiController]
[Route("api/v1/subjects")]
[Authorize(AuthenticationSchemes = ApiKeyDefaults.Scheme, Policy = ApiKeyDefaults.ScopePolicyPrefix + ApiScopes.SubjectsRead)]
[EnableRateLimiting(ApiKeyDefaults.RateLimitPolicy)]
[IgnoreAntiforgeryToken]
internal sealed class SubjectsApiController(OrganisationRegistrationLookup lookup) : ControllerBase
{
    [EndpointSummary("查询法人和非法人组织登记信息")]
    [EndpointDescription("按统一社会信用代码返回组织的公开登记信息。需要 subjects:read 权限。")]
    [HttpGet("{code}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(string code, CancellationToken cancellationToken)
    {
        var found = await lookup.FindAsync(code, cancellationToken);
        if (!found.Succeeded)
        {
            return this.Problem(found, title: found.Kind == ErrorKind.NotFound ? "主体不存在" : "代码格式错误");
        }

        var subject = found.Value;
        return Ok(new
        {
            subjectId = subject.Id,
            uscc = subject.Uscc,
            name = subject.Name,
            kind = subject.Kind.ToString(),
            kindName = SubjectKinds.DisplayName(subject.Kind),
            districtCode = subject.DistrictCode,
            status = subject.Status.ToString(),
            statusName = RegistrationStatuses.DisplayName(subject.Status),
            legalRepresentative = subject.LegalRepresentative,
            registeredCapitalTenThousandYuan = subject.RegisteredCapital,
            establishedOn = subject.EstablishedOn,
            address = subject.Address,
            industrySection = subject.IndustryCode,
            checkCharacterWarning = subject.UsccCheckWarning,
        });
    }
}
