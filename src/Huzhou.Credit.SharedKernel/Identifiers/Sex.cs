namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>Sex as encoded in a resident ID number (odd 17th digit male, even female).</summary>
public enum Sex
{
    /// <summary>男.</summary>
    Male = 1,

    /// <summary>女.</summary>
    Female = 2,
}
