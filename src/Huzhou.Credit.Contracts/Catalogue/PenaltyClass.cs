namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>The class of a penalty decision under the publicity rules.</summary>
public enum PenaltyClass
{
    /// <summary>轻微.</summary>
    Minor = 1,

    /// <summary>一般.</summary>
    General = 2,

    /// <summary>严重.</summary>
    Serious = 3,
}
