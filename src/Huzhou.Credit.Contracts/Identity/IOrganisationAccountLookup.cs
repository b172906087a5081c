namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// Finds an organisation account's subject by its login name — for other modules' demo seeders, which give the demo
/// organisation (<see cref="OrganisationAccountDefaults.DemoLogin"/>) content of their own. Implemented by the Identity module.
/// </summary>
public interface IOrganisationAccountLookup
{
    /// <summary>The subject of the account with this login name, or null when there is none.</summary>
    Task<OrganisationAccountSubject?> FindByLoginAsync(string loginName, CancellationToken cancellationToken = default);
}
