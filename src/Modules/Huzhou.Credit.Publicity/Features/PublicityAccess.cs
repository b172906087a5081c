using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Publicity.Domain;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// Who may do what in the CMS. An editor (信息编辑) sees and changes only its own department's articles (another
/// department's are answered 404) and cannot publish; the publisher (信息发布, the credit office) sees every article,
/// reviews, publishes, schedules, withdraws and keeps the columns, but does not write the text.
/// </summary>
internal static class PublicityAccess
{
    public static bool IsEditor(ICurrentStaff staff) => staff.IsAuthenticated && staff.IsInRole(CreditRoles.PublicityEditor);

    public static bool IsPublisher(ICurrentStaff staff) => staff.IsAuthenticated && staff.IsInRole(CreditRoles.PublicityPublisher);

    /// <summary>Whether the article exists for this user at all (otherwise 404).</summary>
    public static bool MaySee(ICurrentStaff staff, Article article) =>
        IsPublisher(staff) || (IsEditor(staff) && string.Equals(staff.DepartmentCode, article.DepartmentCode, StringComparison.Ordinal));

    /// <summary>Whether the user may change the article's text and attachments now.</summary>
    public static bool MayEdit(ICurrentStaff staff, Article article) =>
        IsEditor(staff) && string.Equals(staff.DepartmentCode, article.DepartmentCode, StringComparison.Ordinal) && ArticleStatuses.Editable(article.Status);
}
