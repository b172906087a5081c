using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Repair.Features;

/// <summary>
/// The ID check before a citizen files: the account is read again (active, bound to the cookie's person), the person is a
/// natural person of the registry, and the registry's masked ID number is the one the account was opened with after the
/// ID card was checked. Anything else is refused (403) with a Chinese message.
/// </summary>
internal sealed class CitizenApplicants(ICurrentCitizen citizen, ISubjectDirectory subjects)
{
    public const string Refused = "市民账户的身份核验未通过，不能在线提交。请携带身份证到市民服务中心核验。";

    public async Task<Result<Applicant>> VerifyAsync(CancellationToken cancellationToken)
    {
        if (await citizen.VerifyAsync(cancellationToken) is not { } account)
        {
            return Result<Applicant>.Forbidden(Refused);
        }

        var person = (await subjects.GetAsync([account.SubjectId], cancellationToken)).GetValueOrDefault(account.SubjectId);
        if (person is not { IsPerson: true } || !string.Equals(person.DisplayCode, account.MaskedIdNumber, StringComparison.Ordinal))
        {
            return Result<Applicant>.Forbidden(Refused);
        }

        return Result.Success(new Applicant(account.SubjectId, account.Name, account.MaskedIdNumber, account.AccountId, account.Name, null, true));
    }
}
