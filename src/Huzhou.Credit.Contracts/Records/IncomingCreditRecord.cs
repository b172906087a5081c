using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Subjects;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>A validated row on its way into the record store.</summary>
/// <param name="RowNumber">The row's number in the delivery (for messages).</param>
/// <param name="SubjectKey">How the row identifies its subject.</param>
/// <param name="SubjectKeyValue">The normalised USCC or ID number.</param>
/// <param name="SubjectName">The subject's name as delivered (used when the subject must be created).</param>
/// <param name="ItemCode">Catalogue item code.</param>
/// <param name="ItemVersion">The item version the row was validated against.</param>
/// <param name="SourceKey">The department's own identifier of the record.</param>
/// <param name="DecisionDate">Decision date.</param>
/// <param name="Publicity">The computed publicity period.</param>
/// <param name="PayloadJson">The normalised values as JSON text, stored as delivered. Collection writes an array with one value per field of the item version, in the version's field order (null when absent), so the keys are not repeated in every one of the city's records; readers label the values from the catalogue.</param>
/// <param name="Registration">
/// For registration data (<see cref="Catalogue.WellKnownItems.MarketSubjectRegistration"/>): what the row says about the
/// organisation, applied to the registry with the records; null for every other item.
/// </param>
/// <param name="PersonalJson">
/// The clear values of the payload's personal fields (<see cref="PersonalPayloadFields"/>) as a JSON object, payload
/// position (array payloads) or key (object payloads) → value, e.g. <c>{"10":"330502199001011234"}</c>; null when the row
/// has none. The payload itself holds their masked form. The record store keeps this text only AES-256-GCM encrypted
/// (<c>credit_records.personal</c>) and never logs it.
/// </param>
public sealed record IncomingCreditRecord(
    int RowNumber,
    SubjectKeyKind SubjectKey,
    string SubjectKeyValue,
    string SubjectName,
    string ItemCode,
    int ItemVersion,
    string SourceKey,
    DateOnly DecisionDate,
    PublicityPeriod Publicity,
    string PayloadJson,
    SubjectRegistrationFacts? Registration = null,
    string? PersonalJson = null)
{
    /// <summary>The row without its personal values, as a log line or exception may show it.</summary>
    public override string ToString() => $"IncomingCreditRecord {{ RowNumber = {RowNumber}, ItemCode = {ItemCode}, SourceKey = {SourceKey} }}";
}
