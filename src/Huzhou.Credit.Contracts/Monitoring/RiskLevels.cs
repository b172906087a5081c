using Huzhou.Credit.SharedKernel.Razor;

namespace Huzhou.Credit.Contracts.Monitoring;

/// <summary>The Chinese names and badge colours of <see cref="RiskLevel"/>, the one place that says them.</summary>
public static class RiskLevels
{
    /// <summary>高 / 中 / 低 / 无.</summary>
    public static string DisplayName(RiskLevel level) => level switch
    {
        RiskLevel.High => "高",
        RiskLevel.Medium => "中",
        RiskLevel.Low => "低",
        _ => "无",
    };

    /// <summary>The badge colour: red for 高, amber for 中, blue for 低, grey for 无.</summary>
    public static BadgeTone Tone(RiskLevel level) => level switch
    {
        RiskLevel.High => BadgeTone.Danger,
        RiskLevel.Medium => BadgeTone.Warning,
        RiskLevel.Low => BadgeTone.Info,
        _ => BadgeTone.Light,
    };

    /// <summary>The badge's text, e.g. 风险 高.</summary>
    public static string BadgeText(RiskLevel level) => "风险 " + DisplayName(level);
}
