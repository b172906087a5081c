namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>A staff member's choice of alert e-mail (the address is his own, entered on the settings page).</summary>
internal sealed class MailPreference
{
    /// <summary>Login name, lower case.</summary>
    public string UserName { get; set; } = "";

    public string? DepartmentCode { get; set; }

    public string Email { get; set; } = "";

    public MailMode Mode { get; set; }

    public DateTimeOffset? LastDigestAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
