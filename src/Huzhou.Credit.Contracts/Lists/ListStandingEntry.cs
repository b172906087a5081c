namespace Huzhou.Credit.Contracts.Lists;

/// <summary>One entry in force, with what a clerk needs to read why a measure applies.</summary>
public sealed record ListStandingEntry(
    string ListTypeCode,
    string ListName,
    bool IsBlack,
    string DocumentNumber,
    string DecidingAuthority,
    string Basis,
    DateOnly EffectiveFrom,
    DateOnly? ExpiresOn);
