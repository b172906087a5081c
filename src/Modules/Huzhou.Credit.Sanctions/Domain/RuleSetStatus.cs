namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>The life of a rule set version: one published version is active at a time.</summary>
internal enum RuleSetStatus : short
{
    Draft = 1,
    Published = 2,

    /// <summary>Was published, replaced by a later version.</summary>
    Superseded = 3,
}
