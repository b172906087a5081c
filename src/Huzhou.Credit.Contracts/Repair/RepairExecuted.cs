using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Repair;

/// <summary>
/// The credit centre executed an approved credit repair (信用修复): a bad record was marked repaired, or a black-list
/// entry was removed early. Written by the Repair module through the outbox in the transaction that closes the
/// application; a consumer keys on <paramref name="ApplicationId"/> (delivery is at least once). No personal data.
/// </summary>
/// <param name="ApplicationId">The repair application's id.</param>
/// <param name="Number">The application's number (XF…), printed on the decision letter.</param>
/// <param name="SubjectId">The repaired subject.</param>
/// <param name="RecordId">The repaired record, or null for a list entry.</param>
/// <param name="ListEntryId">The black-list entry removed early, or null for a record.</param>
/// <param name="ItemName">The catalogue item's or the list's name.</param>
/// <param name="Reference">The record's decision document number (文书号).</param>
/// <param name="ExecutedAt">When the repair was executed.</param>
public sealed record RepairExecuted(
    long ApplicationId,
    string Number,
    long SubjectId,
    long? RecordId,
    long? ListEntryId,
    string ItemName,
    string Reference,
    DateTimeOffset ExecutedAt) : IIntegrationEvent
{
    /// <inheritdoc />
    public static string EventType => "repair.executed";
}
