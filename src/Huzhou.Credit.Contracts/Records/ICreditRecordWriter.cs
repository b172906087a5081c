using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Subjects;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// Writes delivered credit records into the record store (the Subjects module owns every table involved).
/// A delivery streams its valid rows into a batch writer and completes it: subjects are resolved (unknown
/// valid codes become subjects pending verification), records are inserted or updated with history, and
/// all of it commits at once or not at all.
/// </summary>
public interface ICreditRecordWriter
{
    /// <summary>Opens a writer for one collection batch.</summary>
    /// <param name="batchId">The collection batch, recorded on every record and history row.</param>
    /// <param name="providerDepartment">The code of the delivering department.</param>
    /// <param name="actor">Who delivered (an account name or <c>api-client:N</c>), for the history.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<ICreditRecordBatchWriter> BeginAsync(long batchId, string providerDepartment, string actor, CancellationToken cancellationToken = default);
}

/// <summary>One open delivery. Dispose without <see cref="CompleteAsync"/> to abandon it (nothing is written).</summary>
public interface ICreditRecordBatchWriter : IAsyncDisposable
{
    /// <summary>
    /// Adds a valid row. Rows are streamed to the database; memory does not grow with the batch. When one batch
    /// carries the same (item, source key, subject) twice, the later row wins.
    /// </summary>
    ValueTask AddAsync(IncomingCreditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Resolves subjects and merges the rows in one transaction; returns the counts.</summary>
    Task<RecordMergeResult> CompleteAsync(CancellationToken cancellationToken = default);
}

/// <summary>How a row names its subject.</summary>
public enum SubjectKeyKind
{
    /// <summary>An organisation's unified social credit code.</summary>
    Uscc = 1,

    /// <summary>A natural person's resident ID number.</summary>
    IdNumber = 2,
}

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

/// <summary>What a completed delivery did.</summary>
/// <param name="Inserted">New records.</param>
/// <param name="Updated">Existing records (same item, source key and subject) whose content changed.</param>
/// <param name="Unchanged">Existing records delivered again with the same content.</param>
/// <param name="SubjectsCreated">Subjects created as pending verification (待核实).</param>
public sealed record RecordMergeResult(long Inserted, long Updated, long Unchanged, long SubjectsCreated);

/// <summary>
/// Notes on how a delivered row was read, kept with its record: an array payload may end with one JSON object after
/// the field values, <c>{"delivered":{"行政相对人类别":"法人及非法人组织"},"checkWarning":"…"}</c>. Rows without notes
/// have none (their payload and content hash are as before); readers label values by position and skip the object.
/// </summary>
public static class RecordPayloadNotes
{
    /// <summary>Field key → the text as delivered, for values read through a synonym (stored as the option's code).</summary>
    public const string Delivered = "delivered";

    /// <summary>The subject identifier's check character failed; the record's subject waits for the credit office.</summary>
    public const string CheckWarning = "checkWarning";
}
