using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Records;

namespace Huzhou.Credit.Subjects.Areas.Subjects.Models;

/// <summary>The staff record page.</summary>
/// <param name="Subject">The record's subject.</param>
/// <param name="Detail">The record, its labelled (masked) fields and its history.</param>
/// <param name="Purpose">The purpose stated for a person's page, carried along.</param>
/// <param name="Revealed">After an allowed, audited reveal: label → full value of the record's personal fields; else null (masked values shown).</param>
/// <param name="MayReveal">Whether the user may reveal them (role, district) and the record has any.</param>
/// <param name="RevealPurposes">The purposes offered for a reveal.</param>
/// <param name="MayProposeList">Whether to offer 提出名单 with this (bad) record as the basis.</param>
internal sealed record CreditRecordViewModel(Subject Subject, CreditRecordDetailView Detail, string? Purpose,
    IReadOnlyDictionary<string, string>? Revealed = null, bool MayReveal = false, IReadOnlyList<string>? RevealPurposes = null, bool MayProposeList = false)
{
    public string SubjectUrl => $"/subjects/{Subject.Id}" + (Purpose is null ? "" : "?purpose=" + Uri.EscapeDataString(Purpose));
}
