namespace Huzhou.Credit.SharedKernel.Mail;

/// <summary>SMTP settings (section <c>Smtp</c>). Without a host no e-mail is queued: notices stay in the portal only.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>none, starttls or ssl.</summary>
    public string Security { get; set; } = "starttls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address (e.g. xinyong@huzhou.gov.cn).</summary>
    public string From { get; set; } = "noreply@credit.huzhou.gov.cn";

    public string FromName { get; set; } = "湖州市公共信用信息平台";

    /// <summary>Messages sent per run of the dispatch job.</summary>
    public int BatchSize { get; set; } = 50;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}
