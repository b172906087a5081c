using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Reads what happened to many subjects since an instant through the owning modules' contracts (one call per kind of
/// fact for the whole set) and turns it into <see cref="AlertFact"/>s with stable fact keys (the record, entry,
/// grade change or history row id), so the same fact read twice raises the same alert key.
/// </summary>
internal sealed class FactReader(
    ICreditRecordChanges records,
    IListEntryChanges lists,
    IGradeChanges grades,
    ISubjectStatusChanges statuses,
    IEvaluationFields fields)
{
    public async Task<IReadOnlyList<AlertFact>> RecordFactsAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var changes = await records.ChangesSinceAsync(subjectIds, since, cancellationToken);
        return changes.Select(c =>
        {
            var cls = c.PenaltyClass is { } pc ? CreditRecordNames.Of(pc) : null;
            var what = cls is null ? c.ItemName : $"{c.ItemName}（{cls}）";
            return c.Kind == RecordChangeKind.NewBadRecord
                ? new AlertFact(c.SubjectId, AlertTrigger.NewBadRecord, Key("r", c.RecordId), $"新增失信记录：{what}", $"文书号 {c.Reference}", c.PenaltyClass == PenaltyClass.Serious,
                    AlertLink.Record, c.RecordId, null, c.At, [])
                : new AlertFact(c.SubjectId, AlertTrigger.PublicityEnded, Key("r", c.RecordId), $"记录公示期满：{what}", $"文书号 {c.Reference}", false,
                    AlertLink.Record, c.RecordId, null, c.At, []);
        }).ToList();
    }

    public async Task<IReadOnlyList<AlertFact>> ListFactsAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var changes = await lists.ChangesSinceAsync(subjectIds, since, cancellationToken);
        var facts = new List<AlertFact>();
        foreach (var c in changes)
        {
            var trigger = (c.IsBlack, c.Kind) switch
            {
                (true, ListEntryChangeKind.Entered) => AlertTrigger.BlackListEntered,
                (true, ListEntryChangeKind.Left) => AlertTrigger.BlackListLeft,
                (false, ListEntryChangeKind.Entered) => AlertTrigger.RedListEntered,
                _ => (AlertTrigger?)null,
            };
            if (trigger is { } t)
            {
                facts.Add(new AlertFact(c.SubjectId, t, Key("e", c.EntryId), $"{AlertTriggers.Name(t)}：{c.ListName}", null, t == AlertTrigger.BlackListEntered,
                    AlertLink.ListEntry, c.EntryId, null, c.At, [WatchTags.List(c.ListTypeCode)]));
            }
        }

        return facts;
    }

    public async Task<IReadOnlyList<AlertFact>> GradeFactsAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var changes = await grades.ChangesSinceAsync(subjectIds, since, cancellationToken);
        if (changes.Count == 0)
        {
            return [];
        }

        // Best grade first: a higher position is a worse grade.
        var order = (await fields.FieldsAsync(cancellationToken)).ToDictionary(
            f => f.Code, f => f.Grades.Select((g, i) => (g.Grade, i)).ToDictionary(x => x.Grade, x => x.i, StringComparer.Ordinal), StringComparer.Ordinal);
        var facts = new List<AlertFact>();
        foreach (var c in changes)
        {
            if (c.OldGrade is not { } old || c.NewGrade is not { } now || !order.TryGetValue(c.FieldCode, out var bands)
                || !bands.TryGetValue(old, out var before) || !bands.TryGetValue(now, out var after) || before == after)
            {
                continue;
            }

            var trigger = after > before ? AlertTrigger.GradeDown : AlertTrigger.GradeUp;
            facts.Add(new AlertFact(c.SubjectId, trigger, Key("g", c.ChangeId), $"{AlertTriggers.Name(trigger)}：{c.FieldName} {old} → {now}", null, trigger == AlertTrigger.GradeDown,
                AlertLink.Grade, null, c.FieldCode, c.At, [WatchTags.Field(c.FieldCode), WatchTags.Grade(c.FieldCode, old), WatchTags.Grade(c.FieldCode, now)]));
        }

        return facts;
    }

    public async Task<IReadOnlyList<AlertFact>> StatusFactsAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var changes = await statuses.ChangesSinceAsync(subjectIds, since, cancellationToken);
        return changes.Select(c =>
        {
            var trigger = c.NewStatus == "吊销" ? AlertTrigger.Revoked : AlertTrigger.Deregistered;
            return new AlertFact(c.SubjectId, trigger, Key("s", c.ChangeId), $"登记状态变更为{c.NewStatus}", null, trigger == AlertTrigger.Revoked,
                AlertLink.Subject, null, null, c.At, []);
        }).ToList();
    }

    /// <summary>Every kind of fact (the organisation's own notices).</summary>
    public async Task<IReadOnlyList<AlertFact>> AllAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var all = new List<AlertFact>();
        all.AddRange(await RecordFactsAsync(subjectIds, since, cancellationToken));
        all.AddRange(await ListFactsAsync(subjectIds, since, cancellationToken));
        all.AddRange(await GradeFactsAsync(subjectIds, since, cancellationToken));
        all.AddRange(await StatusFactsAsync(subjectIds, since, cancellationToken));
        return all;
    }

    private static string Key(string prefix, long id) => prefix + id.ToString(CultureInfo.InvariantCulture);
}
