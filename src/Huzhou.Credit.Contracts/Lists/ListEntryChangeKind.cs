namespace Huzhou.Credit.Contracts.Lists;

/// <summary>What happened to a list entry (<see cref="ListEntryChangeFact"/>).</summary>
public enum ListEntryChangeKind
{
    /// <summary>The entry came into force (approved, or imported from the provincial or national platform).</summary>
    Entered = 1,

    /// <summary>The entry expired or was removed.</summary>
    Left = 2,
}
