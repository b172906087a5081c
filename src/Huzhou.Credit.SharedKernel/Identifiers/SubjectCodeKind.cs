namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>What a <see cref="SubjectCode"/> reads as.</summary>
public enum SubjectCodeKind
{
    /// <summary>Neither a credit code nor an ID number (empty, wrong length, bad characters, impossible date ...).</summary>
    None = 0,

    /// <summary>A resident ID number (公民身份号码): a natural person.</summary>
    IdNumber = 1,

    /// <summary>A unified social credit code (统一社会信用代码): an organisation or an individual business.</summary>
    CreditCode = 2,
}
