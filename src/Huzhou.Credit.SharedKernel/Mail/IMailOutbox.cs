namespace Huzhou.Credit.SharedKernel.Mail;

/// <summary>Queues e-mail for the dispatch job (<see cref="MailDispatcher"/>); modules call it after their own unit of work commits.</summary>
public interface IMailOutbox
{
    /// <summary>Queues one message; returns false (and queues nothing) when SMTP is not configured or the address is not plausible.</summary>
    Task<bool> EnqueueAsync(string? to, string subject, string body, CancellationToken cancellationToken = default);
}
