namespace Huzhou.Credit.Web.Controllers;

/// <summary>The workbench: the year whose holidays the working-day calendar still lacks, shown to its maintainers (null: nothing to remind of).</summary>
public sealed record StaffWorkbenchViewModel(int? MissingCalendarYear);
