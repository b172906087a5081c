namespace Huzhou.Credit.Contracts.Identity;

/// <summary>One card of the organisation user's home page.</summary>
/// <param name="Key">A stable name for the card (its element id, e.g. <c>home-penalties</c>).</param>
/// <param name="Order">Position on the page, ascending (grades 10, penalties 20, commitments 30, notices 40).</param>
/// <param name="Title">The card's Chinese title (e.g. 公示中的行政处罚).</param>
/// <param name="Icon">A Bootstrap icon name without the <c>bi-</c> prefix (e.g. <c>bar-chart</c>).</param>
/// <param name="Lines">The lines, most pressing first.</param>
/// <param name="EmptyText">What the card says when it has no line (e.g. 本单位没有公示中的行政处罚。).</param>
/// <param name="More">The module's own page with everything (e.g. 全部信用修复事项), or null.</param>
public sealed record OrganisationHomeSection(string Key, int Order, string Title, string Icon, IReadOnlyList<OrganisationHomeLine> Lines, string EmptyText, OrganisationHomeLink? More);
