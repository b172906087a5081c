using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Features;

/// <summary>A row that passed the checks that need no database: the list type, normalised code, dates with their defaults.</summary>
internal sealed record ImportCandidate(
    ListType Type,
    string SubjectName,
    string SubjectCode,
    string DocumentNumber,
    string DecidingAuthority,
    string? DecidingAuthorityCode,
    DateOnly DecisionDate,
    DateOnly EffectiveFrom,
    DateOnly? ExpiresOn,
    string Basis,
    string Reason);
