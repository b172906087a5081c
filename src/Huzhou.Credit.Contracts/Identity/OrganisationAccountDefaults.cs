namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// Organisation users (企业用户): an account bound to one subject of the registry, verified by the credit office,
/// signed in with its own cookie scheme so that it never passes a staff page's authorisation and a staff cookie never
/// opens an organisation's pages. Modules protect organisation pages with
/// <c>[Authorize(AuthenticationSchemes = OrganisationAccountDefaults.Scheme)]</c> and read <see cref="ICurrentOrganisation"/>.
/// </summary>
public static class OrganisationAccountDefaults
{
    /// <summary>The authentication scheme (cookie <c>hzc.org</c>).</summary>
    public const string Scheme = "OrganisationAccount";

    /// <summary>Claim with the account id.</summary>
    public const string AccountClaim = "hzc:org-account";

    /// <summary>Claim with the subject id the account acts for.</summary>
    public const string SubjectClaim = "hzc:org-subject";

    /// <summary>Claim with the organisation's registered name.</summary>
    public const string OrganisationNameClaim = "hzc:org-name";

    /// <summary>Claim with the organisation's credit code.</summary>
    public const string CodeClaim = "hzc:org-code";

    /// <summary>Claim with the handler's name (经办人).</summary>
    public const string HandlerClaim = "hzc:org-handler";

    /// <summary>The address the organisation receives notices at (optional).</summary>
    public const string EmailClaim = "hzc:org-email";

    /// <summary>The demo city's verified organisation user (a construction company), seeded by the Identity module.</summary>
    public const string DemoLogin = "qiye.demo";
}
