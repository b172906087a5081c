using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

/// <summary>The risk page with the publish form's values (kept when the preview refuses them).</summary>
internal sealed record RiskPageViewModel(RiskPage Page, string? Title = null, string? Text = null);
