using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Mail;

/// <summary>The outbox table <c>credit.mail_outbox</c> (Platform migration), written and read with SQL.</summary>
public sealed class MailOutbox(NpgsqlDataSource dataSource, IOptions<SmtpOptions> options) : IMailOutbox
{
    public async Task<bool> EnqueueAsync(string? to, string subject, string body, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Configured || string.IsNullOrWhiteSpace(to) || !MailboxAddress.TryParse(to.Trim(), out _))
        {
            return false;
        }

        await using var command = dataSource.CreateCommand("INSERT INTO credit.mail_outbox (to_address, subject, body) VALUES ($1, $2, $3)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = to.Trim() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subject });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = body });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }
}
