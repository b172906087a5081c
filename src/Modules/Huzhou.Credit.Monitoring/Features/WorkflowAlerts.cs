using System.Globalization;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Alerts from the workflow modules' events, which carry their facts themselves: 违背信用承诺 (Commitments'
/// <see cref="CommitmentsBreached"/>, serious), 信用修复完成 (Repair's <see cref="RepairExecuted"/>) and 提出异议申诉 (Repair's
/// <see cref="ObjectionFiled"/>). Matched by <see cref="AlertMatcher.RaiseAsync"/> like every other fact (watch items, set
/// watches, district scope, grouping, immediate mail); the fact keys — <c>c</c>+commitment, <c>x</c>+application,
/// <c>y</c>+objection — make a redelivered event add nothing.
/// </summary>
internal sealed class WorkflowAlerts(AlertMatcher matcher, TimeProvider clock)
    : IIntegrationEventHandler<CommitmentsBreached>, IIntegrationEventHandler<RepairExecuted>, IIntegrationEventHandler<ObjectionFiled>
{
    public Task HandleAsync(CommitmentsBreached message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        return matcher.RaiseAsync(message.Commitments.Select(c => Breach(c, now)).ToList(), cancellationToken);
    }

    public Task HandleAsync(RepairExecuted message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return matcher.RaiseAsync([Repair(message)], cancellationToken);
    }

    public Task HandleAsync(ObjectionFiled message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return matcher.RaiseAsync([Objection(message)], cancellationToken);
    }

    /// <summary>The breach, told when the breach record was written (the day found is in the text).</summary>
    public static AlertFact Breach(BreachedCommitment c, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.SubjectId, AlertTrigger.CommitmentBreached, Key("c", c.CommitmentId), $"违背信用承诺：{c.Matter}",
            $"承诺书编号 {c.Number}，{c.DepartmentName} {c.FoundOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 认定违诺", true,
            AlertLink.Subject, null, null, now, []);
    }

    public static AlertFact Repair(RepairExecuted m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.ListEntryId is { } entry
            ? new(m.SubjectId, AlertTrigger.RepairExecuted, Key("x", m.ApplicationId), $"信用修复完成：提前移出{m.ItemName}", $"修复申请 {m.Number}", false,
                AlertLink.ListEntry, entry, null, m.ExecutedAt, [])
            : new(m.SubjectId, AlertTrigger.RepairExecuted, Key("x", m.ApplicationId), $"信用修复完成：{m.ItemName}", $"文书号 {m.Reference}，修复申请 {m.Number}", false,
                AlertLink.Record, m.RecordId, null, m.ExecutedAt, []);
    }

    public static AlertFact Objection(ObjectionFiled m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.SubjectId, AlertTrigger.ObjectionFiled, Key("y", m.ObjectionId), $"提出异议申诉：{m.ItemName}", $"文书号 {m.Reference}，异议 {m.Number}", false,
            AlertLink.Record, m.RecordId, null, m.FiledAt, []);
    }

    private static string Key(string prefix, long id) => prefix + id.ToString(CultureInfo.InvariantCulture);
}
