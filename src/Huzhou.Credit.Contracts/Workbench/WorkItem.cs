namespace Huzhou.Credit.Contracts.Workbench;

/// <summary>
/// One kind of work waiting for the signed-in staff member, as a card of the workbench's 待办 section: how many, where
/// to do it, how pressing. Counts only — never personal data.
/// </summary>
/// <param name="Key">A stable identifier such as <c>repair.accept</c> (the card's element id on the page and in tests).</param>
/// <param name="Title">The Chinese title, e.g. 待受理的信用修复申请.</param>
/// <param name="Count">How many wait (a source answers only with items whose count is above zero).</param>
/// <param name="Url">The application-relative path of the list where the work is done, starting with <c>/</c>.</param>
/// <param name="Urgency">Overdue work is shown in red, work due soon in amber.</param>
/// <param name="Details">Short Chinese lines under the count, such as the nearest deadline or the number overdue.</param>
public sealed record WorkItem(string Key, string Title, long Count, string Url, WorkItemUrgency Urgency, IReadOnlyList<string> Details);
