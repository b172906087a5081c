namespace Huzhou.Credit.Publicity.Domain;

/// <summary>Chinese names of <see cref="ArticleStatus"/>.</summary>
internal static class ArticleStatuses
{
    public static string DisplayName(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "草稿",
        ArticleStatus.Submitted => "待审核",
        ArticleStatus.Published => "已发布",
        ArticleStatus.Returned => "已退回",
        ArticleStatus.Scheduled => "定时发布",
        ArticleStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    /// <summary>States in which the owning department's editor may change the text.</summary>
    public static bool Editable(ArticleStatus status) => status is ArticleStatus.Draft or ArticleStatus.Returned or ArticleStatus.Withdrawn;
}
