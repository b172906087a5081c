using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

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
internal sealed class SubjectsApiController(SubjectsDbContext db) : ControllerBase
{
    [EndpointSummary("查询法人和非法人组织登记信息")]
    [EndpointDescription("按统一社会信用代码返回组织的公开登记信息。需要 subjects:read 权限。")]
    [HttpGet("{code}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(string code, CancellationToken cancellationToken)
    {
        var parsed = UnifiedSocialCreditCode.TryParse(code);
        if (!parsed.Succeeded)
        {
            return Problem(title: "代码格式错误", detail: parsed.FirstErrorMessage, statusCode: StatusCodes.Status400BadRequest);
        }

        var value = parsed.Value!.Value;
        var subject = await db.Subjects.AsNoTracking()
            .Where(s => s.Uscc == value)
            .Select(s => new { s.Id, s.Kind, s.Name, s.Uscc, s.DistrictCode, s.Status, s.LegalRepresentative, s.RegisteredCapital, s.EstablishedOn, s.Address, s.IndustryCode, s.UsccCheckWarning })
            .FirstOrDefaultAsync(cancellationToken);
        if (subject is null)
        {
            return Problem(title: "主体不存在", detail: $"未找到统一社会信用代码为 {value} 的主体。", statusCode: StatusCodes.Status404NotFound);
        }

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
