using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Huzhou.Credit.Monitoring.Domain;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// The JSON a webhook receives. For an alert: its id, trigger (code, number and Chinese name), title, seriousness, times,
/// the fact's link and the subject — an organisation by its credit code and name; a natural person by the masked ID
/// number only (no name: ADR 0005/0015, the same as the alert mails); a department (逾期未报送) by its code and name.
/// The alert's free-text detail is not sent. The body is the same on every attempt of a delivery.
/// </summary>
internal sealed class WebhookPayloads(LinkGenerator links, IOptionsMonitor<WebhookOptions> options)
{
    public const string AlertEvent = "alert.created";
    public const string PingEvent = "ping";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public byte[] Alert(long deliveryId, Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        object? subject = alert switch
        {
            { Trigger: AlertTrigger.ProviderOverdue } => new { kind = "department", code = alert.LinkCode ?? alert.SubjectCode, name = (string?)alert.SubjectName, districtCode = alert.DistrictCode },
            { SubjectId: 0 } => null,
            { IsPerson: true } => new { kind = "person", code = alert.SubjectCode, name = (string?)null, districtCode = alert.DistrictCode },
            _ => new { kind = "organisation", code = alert.SubjectCode, name = (string?)alert.SubjectName, districtCode = alert.DistrictCode },
        };
        return JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                @event = AlertEvent,
                deliveryId,
                alert = new
                {
                    id = alert.Id,
                    trigger = alert.Trigger.ToString(),
                    triggerCode = (short)alert.Trigger,
                    triggerName = AlertTriggers.Name(alert.Trigger),
                    title = alert.Title,
                    serious = alert.Serious,
                    subject,
                    link = Link(alert),
                    watchListId = alert.WatchListId == 0 ? (long?)null : alert.WatchListId,
                    setWatchId = alert.SetWatchId,
                    occurredAt = alert.OccurredAt,
                    createdAt = alert.CreatedAt,
                },
            },
            Json);
    }

    public static byte[] Ping(long deliveryId, long subscriptionId, DateTimeOffset createdAt) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new { @event = PingEvent, deliveryId, subscriptionId, createdAt, message = "湖州市公共信用信息平台信用监测 webhook 测试事件" },
            Json);

    /// <summary>The fact's page on the platform: absolute with <see cref="WebhookOptions.PlatformBaseUrl"/>, else a path.</summary>
    public string? Link(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var path = alert.Link switch
        {
            AlertLink.Record => links.GetPathByAction("Record", "Subjects", new { area = "Subjects", id = alert.SubjectId, recordId = alert.LinkId }),
            AlertLink.ListEntry => links.GetPathByAction("Entry", "Lists", new { area = "Lists", id = alert.LinkId }),
            AlertLink.Grade => links.GetPathByAction("Explain", "Evaluation", new { area = "Evaluation", code = alert.LinkCode, subjectId = alert.SubjectId }),
            AlertLink.Subject => links.GetPathByAction("Details", "Subjects", new { area = "Subjects", id = alert.SubjectId }),
            AlertLink.Scorecard => links.GetPathByAction("DepartmentScorecard", "Collection", new { area = "Collection", department = alert.LinkCode }),
            _ => null,
        };
        return path is null ? null : (options.CurrentValue.PlatformBaseUrl?.TrimEnd('/') ?? "") + path;
    }
}
