using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Features;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

/// <summary>The application form for one record or list entry: what it is, whether it may be repaired now, where to post.</summary>
internal sealed record ApplyViewModel(string Title, string Action, IReadOnlyList<KeyValuePair<string, string>> Facts, EligibilityResult Result, string? Statement, string? Error, string? ErrorField)
{
    public static ApplyViewModel For(RecordEligibility r, string? statement, string? error, string? field) => new(
        "申请信用修复", $"/org/repair/apply/{r.Record.RecordId}",
        [new("信息类别", r.Record.ItemName), new("决定文书号", r.Record.Reference), new("决定日期", r.Record.DecisionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("失信程度", RepairNames.PenaltyClass(r.Record.PenaltyClass))],
        r.Result, statement, error, field);

    /// <summary>A natural person's application for one of his records (posted to <c>/citizen/records/{id}/repair</c>).</summary>
    public static ApplyViewModel ForPerson(RecordEligibility r, string? statement, string? error, string? field) =>
        For(r, statement, error, field) with { Action = $"/citizen/records/{r.Record.RecordId}/repair" };

    public static ApplyViewModel For(ListEntryEligibility e, string? statement, string? error, string? field) => new(
        "申请提前移出名单", $"/org/repair/apply-list/{e.Entry.EntryId}",
        [new("名单", e.Entry.ListName), new("列入决定文书号", e.Entry.DocumentNumber), new("认定机关", e.Entry.DecidingAuthority), new("列入日期", e.Entry.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
         new("有效期至", e.Entry.ExpiresOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "长期"), new("列入事由", e.Entry.Reason)],
        e.Result, statement, error, field);
}
