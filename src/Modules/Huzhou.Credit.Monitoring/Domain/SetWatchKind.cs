namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>What a set watch covers.</summary>
internal enum SetWatchKind : short
{
    /// <summary>Every subject registered in a district.</summary>
    District = 1,

    /// <summary>Every subject on a red or black list type (in force, or entering or leaving it).</summary>
    ListType = 2,

    /// <summary>Every subject graded in an industry field, optionally only within some grades.</summary>
    IndustryField = 3,

    /// <summary>
    /// The subjects a department supervises (its 监管名单): every subject graded in an industry field the department
    /// supervises (the fields' inspection lists, Evaluation module). Tag <c>D:</c>department.
    /// </summary>
    DepartmentSupervised = 4,

    /// <summary>
    /// A saved registry search (保存的主体检索): the organisations whose name contains a fragment, optionally in one
    /// district, evaluated for the subjects of each event. Tag <c>S:</c>district<c>:</c>fragment.
    /// </summary>
    SavedSearch = 5,
}
