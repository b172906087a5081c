using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Sends the due webhook deliveries: claims them with a lease (<c>FOR UPDATE SKIP LOCKED</c>, committed before anything is
/// sent, so two workers never send one delivery at once and a worker that dies leaves the row to the next one after the
/// lease), POSTs each signed body (<see cref="WebhookSigner"/>) without following redirects, then records the attempt
/// and the outcome in one transaction: 2xx delivered; 410 failed and the subscription stopped; anything else (or no
/// answer) waits for the next step of <see cref="WebhookOptions.RetryMinutes"/>, and fails when they are used up.
/// </summary>
internal sealed partial class WebhookDispatcher(
    NpgsqlDataSource dataSource,
    MonitoringDbContext db,
    WebhookSecrets secrets,
    WebhookPayloads payloads,
    IHttpClientFactory clients,
    IOptionsMonitor<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
{
    public const string ClientName = "monitoring-webhooks";

    private const string ClaimSql = """
        WITH due AS (
            SELECT d.id FROM credit.monitoring_webhook_deliveries d
            JOIN credit.monitoring_webhook_subscriptions s ON s.id = d.subscription_id AND s.active
            WHERE d.status = 0 AND d.next_attempt_at <= @now AND (d.locked_until IS NULL OR d.locked_until <= @now)
            ORDER BY d.next_attempt_at, d.id
            LIMIT @batch
            FOR UPDATE OF d SKIP LOCKED
        )
        UPDATE credit.monitoring_webhook_deliveries d SET locked_until = @lease
        FROM due, credit.monitoring_webhook_subscriptions s
        WHERE d.id = due.id AND s.id = d.subscription_id
        RETURNING d.id, d.subscription_id, d.alert_id, d.event, d.attempts, d.created_at, s.url, s.protected_secret
        """;

    private const string AttemptSql = """
        INSERT INTO credit.monitoring_webhook_attempts (delivery_id, subscription_id, attempted_at, status_code, duration_ms, succeeded, excerpt)
        VALUES (@delivery, @subscription, @at, @code, @ms, @ok, @excerpt)
        """;

    private const string OutcomeSql = """
        UPDATE credit.monitoring_webhook_deliveries
        SET status = @status, attempts = attempts + 1, next_attempt_at = coalesce(@next, next_attempt_at), locked_until = NULL,
            delivered_at = CASE WHEN @status = 1 THEN @at ELSE delivered_at END, last_status_code = @code
        WHERE id = @delivery
        """;

    private const string DisableSql = """
        UPDATE credit.monitoring_webhook_subscriptions SET active = false, disabled_reason = @reason, updated_at = @at WHERE id = @subscription
        """;

    /// <summary>Claims and sends what is due now; returns how many attempts were made.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var claims = await ClaimAsync(cancellationToken);
        await SendAsync(claims, cancellationToken);
        return claims.Count;
    }

    /// <summary>Leases the due deliveries (committed at once): until the lease passes no other worker takes them.</summary>
    public async Task<IReadOnlyList<WebhookClaim>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.CurrentValue;
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<DateTime>("now", now.UtcDateTime));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("lease", now.Add(settings.Lease).UtcDateTime));
        command.Parameters.Add(new NpgsqlParameter<int>("batch", Math.Max(1, settings.BatchSize)));
        var claims = new List<WebhookClaim>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            claims.Add(new WebhookClaim(r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.GetString(3), r.GetInt32(4),
                r.GetFieldValue<DateTimeOffset>(5), r.GetString(6), r.GetString(7)));
        }

        return claims;
    }

    /// <summary>Sends claimed deliveries (eight at a time) and records each outcome.</summary>
    public async Task SendAsync(IReadOnlyList<WebhookClaim> claims, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return;
        }

        var alertIds = claims.Where(c => c.AlertId is not null).Select(c => c.AlertId!.Value).Distinct().ToList();
        var alerts = await db.Alerts.AsNoTracking().Where(a => alertIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var bodies = new List<(WebhookClaim Claim, byte[]? Body)>();
        foreach (var claim in claims)
        {
            byte[]? body = claim.AlertId is { } id
                ? alerts.TryGetValue(id, out var alert) ? payloads.Alert(claim.DeliveryId, alert) : null
                : WebhookPayloads.Ping(claim.DeliveryId, claim.SubscriptionId, claim.CreatedAt);
            bodies.Add((claim, body));
        }

        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (item, ct) => await AttemptAsync(item.Claim, item.Body, ct));
    }

    private async Task AttemptAsync(WebhookClaim claim, byte[]? body, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        int? code = null;
        string? excerpt;
        bool ok = false, gone = false;
        if (body is null)
        {
            excerpt = "提醒已不存在，无法生成发送内容。";
        }
        else
        {
            try
            {
                var timestamp = started.ToUnixTimeSeconds();
                using var request = new HttpRequestMessage(HttpMethod.Post, claim.Url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.Add("X-Credit-Event", claim.Event);
                request.Headers.Add("X-Credit-Delivery", claim.DeliveryId.ToString(CultureInfo.InvariantCulture));
                request.Headers.Add("X-Credit-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
                request.Headers.Add("X-Credit-Signature", WebhookSigner.Sign(secrets.Unprotect(claim.ProtectedSecret), timestamp, body));
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
                using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                code = (int)response.StatusCode;
                ok = response.IsSuccessStatusCode;
                gone = response.StatusCode == HttpStatusCode.Gone;
                var answer = await ReadExcerptAsync(response, timeout.Token);
                excerpt = code is >= 300 and < 400
                    ? $"接收方返回重定向（{code}），平台不跟随重定向。" + (response.Headers.Location is { } location ? " Location: " + location : "")
                    : answer;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                excerpt = $"超时：{settings.TimeoutSeconds} 秒内未收到应答。";
            }
            catch (HttpRequestException ex)
            {
                excerpt = "连接失败：" + (ex.InnerException?.Message is { } inner && !ex.Message.Contains(inner, StringComparison.Ordinal) ? ex.Message + " " + inner : ex.Message);
            }
        }

        var elapsed = (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds);
        await RecordAsync(claim, started, code, elapsed, ok, gone, Clip(excerpt), settings, cancellationToken);
        if (!ok)
        {
            LogFailed(logger, claim.DeliveryId, claim.SubscriptionId, code, claim.Attempts + 1);
        }
    }

    private async Task RecordAsync(WebhookClaim claim, DateTimeOffset at, int? code, int elapsed, bool ok, bool gone, string? excerpt, WebhookOptions settings, CancellationToken cancellationToken)
    {
        var attempts = claim.Attempts + 1;
        var (status, next) = ok
            ? (WebhookDeliveryStatus.Delivered, (DateTimeOffset?)null)
            : gone || attempts > settings.RetryMinutes.Length
                ? (WebhookDeliveryStatus.Failed, null)
                : (WebhookDeliveryStatus.Pending, clock.GetUtcNow().AddMinutes(settings.RetryMinutes[attempts - 1]));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand(AttemptSql, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<long>("delivery", claim.DeliveryId));
            insert.Parameters.Add(new NpgsqlParameter<long>("subscription", claim.SubscriptionId));
            insert.Parameters.Add(new NpgsqlParameter<DateTime>("at", at.UtcDateTime));
            insert.Parameters.Add(new NpgsqlParameter("code", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)code ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter<int>("ms", elapsed));
            insert.Parameters.Add(new NpgsqlParameter<bool>("ok", ok));
            insert.Parameters.Add(new NpgsqlParameter("excerpt", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)excerpt ?? DBNull.Value });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var update = new NpgsqlCommand(OutcomeSql, connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter<long>("delivery", claim.DeliveryId));
            update.Parameters.Add(new NpgsqlParameter<short>("status", (short)status));
            update.Parameters.Add(new NpgsqlParameter("next", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = next is { } n ? n.UtcDateTime : DBNull.Value });
            update.Parameters.Add(new NpgsqlParameter<DateTime>("at", at.UtcDateTime));
            update.Parameters.Add(new NpgsqlParameter("code", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)code ?? DBNull.Value });
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        if (gone)
        {
            await using var disable = new NpgsqlCommand(DisableSql, connection, transaction);
            disable.Parameters.Add(new NpgsqlParameter<long>("subscription", claim.SubscriptionId));
            disable.Parameters.Add(new NpgsqlParameter<string>("reason", $"接收方于 {Huzhou.Credit.SharedKernel.Time.ShanghaiTime.Format(at)} 返回 410 Gone，已自动停用。"));
            disable.Parameters.Add(new NpgsqlParameter<DateTime>("at", at.UtcDateTime));
            await disable.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>At most a few hundred bytes of the answer are read; nothing more of it is kept.</summary>
    private static async Task<string?> ReadExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[WebhookOptions.ExcerptLength * 3];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (read == 0)
        {
            return null;
        }

        var text = new string(Encoding.UTF8.GetString(buffer, 0, read).Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? Clip(string? text) => text is null || text.Length <= WebhookOptions.ExcerptLength ? text : text[..WebhookOptions.ExcerptLength] + "…";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {Delivery} of subscription {Subscription} failed (status {Status}, attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, long delivery, long subscription, int? status, int attempt);
}
