namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// The staff accounts (统一用户) as other modules name them on screen: records keep the login name
/// (<c>scjg.staff</c>) for traceability, pages show the person's display name (张三) with the login in a tooltip
/// (see <see cref="StaffNameTagHelper"/>). Cached briefly by the Identity module.
/// </summary>
public interface IStaffDirectory
{
    /// <summary>
    /// The display name of the staff account with this login name (case-insensitive), or null when there is none
    /// (an API client, a job, a citizen's or an organisation's account, a deleted name).
    /// </summary>
    Task<string?> DisplayNameAsync(string loginName, CancellationToken cancellationToken = default);
}
