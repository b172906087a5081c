namespace Huzhou.Credit.Contracts.Workbench;

/// <summary>How pressing a <see cref="WorkItem"/> is; the workbench shows overdue work in red.</summary>
public enum WorkItemUrgency
{
    /// <summary>Waiting, no deadline near.</summary>
    Normal = 0,

    /// <summary>A deadline is today or within the next few working days.</summary>
    DueSoon = 1,

    /// <summary>At least one deadline has passed.</summary>
    Overdue = 2,
}
