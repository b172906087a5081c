namespace Huzhou.Credit.Evaluation.Domain;

internal static class ModelStatuses
{
    public static string DisplayName(ModelStatus status) => status switch
    {
        ModelStatus.Draft => "草稿",
        ModelStatus.Published => "使用中",
        ModelStatus.Superseded => "已停用",
        _ => status.ToString(),
    };
}
