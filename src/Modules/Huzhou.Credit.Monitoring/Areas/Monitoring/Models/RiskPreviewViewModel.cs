using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

/// <summary>The review step: the alert exactly as the public will see it, and the confirmation form.</summary>
internal sealed record RiskPreviewViewModel(OrganisationProfile Organisation, RiskAlertDraft Draft, DateOnly Day, string? Error = null);
