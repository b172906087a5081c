namespace Huzhou.Credit.Sanctions.Domain;

internal static class CheckDecisions
{
    public static string DisplayName(CheckDecision decision) => decision switch
    {
        CheckDecision.Pass => "通过",
        CheckDecision.Warn => "提示",
        CheckDecision.Favour => "激励",
        CheckDecision.Block => "拦截",
        CheckDecision.NotFound => "主体不存在",
        _ => decision.ToString(),
    };

    public static string Wire(CheckDecision decision) => decision switch
    {
        CheckDecision.Pass => "pass",
        CheckDecision.Warn => "warn",
        CheckDecision.Favour => "favour",
        CheckDecision.Block => "block",
        _ => "notFound",
    };
}
