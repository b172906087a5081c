namespace Huzhou.Credit.Contracts.Identity;

/// <summary>A labelled value on a home-page line.</summary>
/// <param name="Label">The Chinese label (e.g. 可申请修复日期, 公示截止, 评价日期).</param>
/// <param name="Value">The value as shown (a date <c>yyyy-MM-dd</c>, 已可申请, 长期).</param>
/// <param name="Link">When the value is an action (已可申请 → the application form), where it leads; otherwise null.</param>
public sealed record OrganisationHomeFact(string Label, string Value, OrganisationHomeLink? Link = null);
