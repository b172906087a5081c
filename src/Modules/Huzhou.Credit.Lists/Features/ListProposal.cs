namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// A department's proposal to list a subject (拟列入), as <see cref="ListEntryWorkflow.ProposeAsync"/> takes it: the subject
/// code is a 统一社会信用代码 or a 身份证号码, the name the one on the decision (checked against the registry); the effective
/// date defaults to the decision date, the expiry to the list's validity after it.
/// </summary>
internal sealed record ListProposal(
    string? ListTypeCode,
    string? SubjectCode,
    string? SubjectName,
    string? Reason,
    string? Basis,
    string? DecidingAuthority,
    string? DecidingAuthorityCode,
    string? DocumentNumber,
    DateOnly? DecisionDate,
    DateOnly? EffectiveFrom,
    DateOnly? ExpiresOn);
