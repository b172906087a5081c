using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Looks up an organisation's registration by its unified social credit code for <c>GET /api/v1/subjects/{uscc}</c>:
/// a malformed code is refused as invalid, a code nobody registered as not found. Natural persons have no such code.
/// </summary>
internal sealed class OrganisationRegistrationLookup(SubjectsDbContext db)
{
    public async Task<Result<OrganisationRegistration>> FindAsync(string code, CancellationToken cancellationToken)
    {
        var parsed = UnifiedSocialCreditCode.TryParse(code);
        if (!parsed.Succeeded)
        {
            return Result<OrganisationRegistration>.Failure(parsed.FirstErrorMessage ?? "统一社会信用代码格式错误。");
        }

        var value = parsed.Value!.Value;
        var subject = await db.Subjects.AsNoTracking()
            .Where(s => s.Uscc == value)
            .Select(s => new OrganisationRegistration(s.Id, s.Kind, s.Name, s.Uscc, s.DistrictCode, s.Status, s.LegalRepresentative, s.RegisteredCapital, s.EstablishedOn, s.Address, s.IndustryCode, s.UsccCheckWarning))
            .FirstOrDefaultAsync(cancellationToken);
        return subject is null
            ? Result<OrganisationRegistration>.NotFound($"未找到统一社会信用代码为 {value} 的主体。")
            : Result<OrganisationRegistration>.Success(subject);
    }
}
