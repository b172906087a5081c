using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Repair;

/// <summary>
/// A subject filed an objection (异议申诉) against one of its records. Written by the Repair module through the outbox
/// in the transaction that stores the objection; a consumer keys on <paramref name="ObjectionId"/> (delivery is at
/// least once). No personal data: the claim itself stays in the Repair module.
/// </summary>
/// <param name="ObjectionId">The objection's id.</param>
/// <param name="Number">The objection's number (YY…).</param>
/// <param name="SubjectId">The subject that objects.</param>
/// <param name="RecordId">The contested record.</param>
/// <param name="ItemName">The record's catalogue item name.</param>
/// <param name="Reference">The record's decision document number (文书号).</param>
/// <param name="DepartmentCode">The department that delivered the record and decides the objection.</param>
/// <param name="FiledAt">When the objection was filed.</param>
public sealed record ObjectionFiled(
    long ObjectionId,
    string Number,
    long SubjectId,
    long RecordId,
    string ItemName,
    string Reference,
    string DepartmentCode,
    DateTimeOffset FiledAt) : IIntegrationEvent
{
    /// <inheritdoc />
    public static string EventType => "repair.objection-filed";
}
