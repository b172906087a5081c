namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>
/// A business system's webhook: the alerts of one owner (<c>d:</c> + department, <c>c:</c> + a credit office's district),
/// optionally only one watch list or one set watch of it and only some triggers, are POSTed to <see cref="Url"/>, signed
/// with the secret (kept protected by ASP.NET Data Protection in <see cref="ProtectedSecret"/>, shown once). The database
/// trigger <c>monitoring_webhook_enqueue</c> queues a delivery in the alert's own transaction.
/// </summary>
internal sealed class WebhookSubscription
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Whose alerts: <c>d:</c> + department code or <c>c:</c> + district (a credit office's own inbox).</summary>
    public string Owner { get; set; } = "";

    /// <summary>Only this watch list's alerts (null: all of the owner's).</summary>
    public long? WatchListId { get; set; }

    /// <summary>Only this set watch's alerts (null: the whole list, or all).</summary>
    public long? SetWatchId { get; set; }

    public string Url { get; set; } = "";

    /// <summary>The signing secret, protected with Data Protection (purpose <see cref="Features.WebhookSecrets.Purpose"/>).</summary>
    public string ProtectedSecret { get; set; } = "";

    /// <summary>The last characters of the secret, to tell which one the receiver holds.</summary>
    public string SecretHint { get; set; } = "";

    /// <summary>The triggers delivered (stored smallints); empty: every trigger.</summary>
    public short[] Triggers { get; set; } = [];

    public bool Active { get; set; }

    /// <summary>Why it was stopped automatically (a 410 from the receiver), shown on its page.</summary>
    public string? DisabledReason { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
