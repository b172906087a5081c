namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>A staff member's choice of alert e-mail (the address is his own, entered on the settings page).</summary>
internal sealed class MailPreference
{
    /// <summary>Login name, lower case.</summary>
    public string UserName { get; set; } = "";

    public string? DepartmentCode { get; set; }

    public string Email { get; set; } = "";

    /// <summary>
    /// The inboxes the user reads for when he saved the choice (<c>StaffOwners.Of</c>: <c>u:</c>, <c>d:</c>, a credit office's
    /// <c>c:</c>, a reviewer's <c>r:</c>): alerts of these owners, and alerts escalated to one of them, are mailed to him.
    /// Saving the choice again refreshes it (e.g. after a change of role).
    /// </summary>
    public string[] InboxOwners { get; set; } = [];

    public MailMode Mode { get; set; }

    public DateTimeOffset? LastDigestAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
