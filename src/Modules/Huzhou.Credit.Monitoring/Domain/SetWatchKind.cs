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
}
