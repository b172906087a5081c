namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// Citizens (市民): an account bound to one person of the registry, opened at the service hall after staff checked
/// the ID card, signed in with its own cookie scheme (never a staff or organisation page). The account keeps the
/// subject id and a masked ID number only. Modules protect citizen pages with
/// <c>[Authorize(AuthenticationSchemes = CitizenAccountDefaults.Scheme)]</c> and read <see cref="ICurrentCitizen"/>.
/// </summary>
public static class CitizenAccountDefaults
{
    /// <summary>The authentication scheme (cookie <c>hzc.citizen</c>).</summary>
    public const string Scheme = "CitizenAccount";

    /// <summary>Claim with the account id.</summary>
    public const string AccountClaim = "hzc:citizen-account";

    /// <summary>Claim with the person's subject id.</summary>
    public const string SubjectClaim = "hzc:citizen-subject";

    /// <summary>Claim with the person's name.</summary>
    public const string NameClaim = "hzc:citizen-name";
}
