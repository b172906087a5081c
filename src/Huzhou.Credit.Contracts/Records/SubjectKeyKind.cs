namespace Huzhou.Credit.Contracts.Records;

/// <summary>How a row names its subject.</summary>
public enum SubjectKeyKind
{
    /// <summary>An organisation's unified social credit code.</summary>
    Uscc = 1,

    /// <summary>A natural person's resident ID number.</summary>
    IdNumber = 2,
}
