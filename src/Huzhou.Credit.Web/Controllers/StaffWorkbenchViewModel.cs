using Huzhou.Credit.Contracts.Workbench;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>
/// The workbench: the year whose holidays the working-day calendar still lacks, shown to its maintainers (null: nothing to
/// remind of), and the work waiting for the user (待办), overdue first.
/// </summary>
public sealed record StaffWorkbenchViewModel(int? MissingCalendarYear, IReadOnlyList<WorkItem> ToDo);
