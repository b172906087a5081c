namespace Huzhou.Credit.Lists.Features;

/// <summary>The standard columns of a list file pushed by the provincial or national platform.</summary>
internal enum ImportColumn
{
    ListType,
    SubjectName,
    SubjectCode,
    DocumentNumber,
    DecidingAuthority,
    DecisionDate,
    EffectiveFrom,
    ExpiresOn,
    Basis,
    Reason,
    DecidingAuthorityCode,
}
