namespace Huzhou.Credit.Publicity.Domain;

/// <summary>Where an article stands in draft → review → publish (stored as smallint).</summary>
internal enum ArticleStatus : short
{
    /// <summary>草稿: the editor's department may change it.</summary>
    Draft = 1,

    /// <summary>待审核: submitted to the credit office's publisher.</summary>
    Submitted = 2,

    /// <summary>已发布: on the public site.</summary>
    Published = 3,

    /// <summary>已退回: returned with a reason; the editor may change it and submit again.</summary>
    Returned = 4,

    /// <summary>定时发布: approved, published by the minute job at <see cref="Article.ScheduledAt"/>.</summary>
    Scheduled = 5,

    /// <summary>已撤回: withdrawn with a reason; gone from the public site.</summary>
    Withdrawn = 6,
}
