namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>Whether an item's records speak for or against the subject.</summary>
public enum InformationNature
{
    /// <summary>基础信息.</summary>
    Basic = 1,

    /// <summary>守信（良好）信息.</summary>
    Good = 2,

    /// <summary>失信（不良）信息.</summary>
    Bad = 3,

    /// <summary>中性信息.</summary>
    Neutral = 4,
}
