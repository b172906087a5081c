using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Mail;

/// <summary>
/// Sends queued e-mail over SMTP (Hangfire job <c>platform:mail-dispatch</c>, every minute). A batch is claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>; a failed message is retried with a growing delay and gives up after 10 attempts,
/// keeping the last error. Addresses are never logged.
/// </summary>
public sealed class MailDispatcher(NpgsqlDataSource dataSource, IOptions<SmtpOptions> options, ILogger<MailDispatcher> logger)
{
    public const int MaxAttempts = 10;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!smtp.Configured)
        {
            return 0;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new List<(long Id, string To, string Subject, string Body)>();
        await using (var claim = new NpgsqlCommand(
            """
            SELECT id, to_address, subject, body FROM credit.mail_outbox
            WHERE sent_at IS NULL AND attempts < $1 AND (next_attempt_at IS NULL OR next_attempt_at <= now())
            ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter<int> { TypedValue = MaxAttempts });
            claim.Parameters.Add(new NpgsqlParameter<int> { TypedValue = smtp.BatchSize });
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                batch.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        using var client = new SmtpClient();
        string? connectError = null;
        try
        {
            var security = smtp.Security.ToUpperInvariant() switch
            {
                "NONE" => SecureSocketOptions.None,
                "SSL" => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTlsWhenAvailable,
            };
            await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            connectError = ex.Message;
            logger.LogWarning(ex, "SMTP server {Host}:{Port} not reachable; {Count} messages wait", smtp.Host, smtp.Port, batch.Count);
        }

        foreach (var (id, to, subject, body) in batch)
        {
            var error = connectError;
            if (error is null)
            {
                try
                {
                    var message = new MimeMessage();
                    message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
                    message.To.Add(MailboxAddress.Parse(to));
                    message.Subject = subject;
                    message.Body = new TextPart("plain") { Text = body };
                    await client.SendAsync(message, cancellationToken);
                    sent++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    error = ex.Message;
                    logger.LogWarning("Mail {MailId} not sent ({ErrorType}); the reason is kept in credit.mail_outbox", id, ex.GetType().Name);
                }
            }

            await using var update = new NpgsqlCommand(
                error is null
                    ? "UPDATE credit.mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1"
                    : "UPDATE credit.mail_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(mins => least(60, 1 << least(attempts, 6))) WHERE id = $1",
                connection, transaction);
            update.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
            if (error is not null)
            {
                update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error.Length > 1000 ? error[..1000] : error });
            }

            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(true, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Mail dispatch: {Sent} of {Claimed} messages sent", sent, batch.Count);
        return sent;
    }
}
