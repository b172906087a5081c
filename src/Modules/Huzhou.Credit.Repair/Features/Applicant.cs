using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Repair.Features;

/// <summary>
/// Who files an objection or a repair application: an organisation's handler (企业用户) or a natural person for himself
/// (市民, after the ID check of the account, <see cref="CitizenApplicants"/>). <see cref="Code"/> is the credit code, or for
/// a person the masked ID number — never the whole number.
/// </summary>
internal sealed record Applicant(long SubjectId, string Name, string Code, long AccountId, string HandlerName, string? Email, bool IsPerson)
{
    /// <summary>The signed-in organisation account, or null without one.</summary>
    public static Applicant? Of(ICurrentOrganisation organisation) =>
        organisation.SubjectId is { } subjectId
            ? new(subjectId, organisation.OrganisationName ?? "", organisation.Code ?? "", organisation.AccountId ?? 0, organisation.HandlerName ?? "", organisation.Email, false)
            : null;

    /// <summary>How the applicant appears in a step of the application (企业经办人 … / 申请人本人).</summary>
    public string Actor => IsPerson ? $"申请人本人 {Name}" : $"企业经办人 {HandlerName}";
}
