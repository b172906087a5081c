namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Settings of the webhooks (<c>Monitoring:Webhooks:*</c>). The defaults are those of Production: https only, no target
/// that resolves to a loopback, private, link-local or otherwise internal address, no redirects, 10 s per attempt.
/// </summary>
internal sealed class WebhookOptions
{
    public const string SectionName = "Monitoring:Webhooks";

    public const int ExcerptLength = 200;

    /// <summary>Allow <c>http://</c> targets (development and tests only).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>When not empty, the only host names a webhook may point at (e.g. <c>api.zwfw.huzhou.gov.cn</c>).</summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Internal addresses or networks (CIDR) a webhook may reach nevertheless (e.g. the e-government network's receiver, or 127.0.0.1 in tests).</summary>
    public string[] AllowedPrivateNetworks { get; set; } = [];

    /// <summary>Seconds one POST may take, connection included.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The waits after each failed attempt, in minutes; when they are used up the delivery has failed.</summary>
    public int[] RetryMinutes { get; set; } = [1, 5, 30, 120, 720];

    /// <summary>How often the worker looks for due deliveries.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Deliveries claimed per pass.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Run the worker in this process (off where <c>Hangfire:ServerEnabled</c> is false, like the other jobs).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>The platform's public address, to make the fact link absolute (e.g. <c>https://credit.huzhou.gov.cn</c>); without it the link is a path.</summary>
    public string? PlatformBaseUrl { get; set; }

    /// <summary>How long a claimed delivery stays claimed: a worker that died is replaced after this.</summary>
    public TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(60, TimeoutSeconds * 3));
}
