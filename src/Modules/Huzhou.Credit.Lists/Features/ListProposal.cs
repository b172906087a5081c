using Huzhou.Credit.SharedKernel.Files;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// A department's proposal to list a subject (拟列入), as <see cref="ListEntryWorkflow.ProposeAsync"/> takes it: the subject
/// code is a 统一社会信用代码 or a 身份证号码, the name the one on the decision (checked against the registry); the effective
/// date defaults to the decision date, the expiry to the list's validity after it. Started from the subject page or a
/// record, it names the subject by <paramref name="SubjectId"/> (the code is then only shown) and the record it rests on
/// by <paramref name="BasisRecordId"/>. <paramref name="DecisionDocument"/> is the decision (认定决定书), required for a
/// black list.
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
    DateOnly? ExpiresOn,
    long? SubjectId = null,
    long? BasisRecordId = null,
    FileUpload? DecisionDocument = null);
