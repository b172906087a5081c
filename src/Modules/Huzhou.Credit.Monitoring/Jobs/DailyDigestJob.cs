using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.Monitoring.Jobs;

/// <summary>The daily digest (<c>monitoring:daily-digest</c>, 08:00 Asia/Shanghai): one e-mail per user who chose it.</summary>
internal sealed class DailyDigestJob(AlertMailer mailer)
{
    public const string JobId = "monitoring:daily-digest";

    public Task<int> RunAsync(CancellationToken cancellationToken) => mailer.SendDigestsAsync(cancellationToken);
}
