namespace Huzhou.Credit.Publicity.Features;

/// <summary>A risk alert the credit office published through the monitoring module (see <see cref="IRiskAlertSource"/>).</summary>
internal sealed record PublishedRiskAlert(string Title, string? Summary, DateTimeOffset PublishedAt, string? Url);
