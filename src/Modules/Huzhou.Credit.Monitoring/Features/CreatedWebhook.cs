namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A webhook just created (or whose secret was replaced), with the secret in clear — shown on this response only.</summary>
internal sealed record CreatedWebhook(long Id, string Name, string Secret);
