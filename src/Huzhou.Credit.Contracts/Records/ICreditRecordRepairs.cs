using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// What credit repair (信用修复) needs from the record store: a subject's bad records with their publicity facts, and the
/// execution of an approved repair. Implemented by the Subjects module.
/// </summary>
public interface ICreditRecordRepairs
{
    /// <summary>The subject's records of bad items (catalogue nature 失信), newest first, whatever their status.</summary>
    Task<IReadOnlyList<RepairableRecord>> BadRecordsAsync(long subjectId, CancellationToken cancellationToken = default);

    /// <summary>One record of the subject (any item), or null.</summary>
    Task<RepairableRecord?> GetAsync(long subjectId, long recordId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the record <see cref="CreditRecordStatus.Repaired"/>: it leaves the public dossier, the check rules and scoring; a history row
    /// names who and why; <see cref="CreditRecordsChanged"/> is written in the same transaction. Refused when the
    /// record is not active, ended or corrected.
    /// </summary>
    Task<Result> MarkRepairedAsync(long subjectId, long recordId, string actor, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// The outcome of an upheld objection (异议申诉): the record is marked <see cref="CreditRecordStatus.Corrected"/> (the department re-delivers the right
    /// data) or <see cref="CreditRecordStatus.Revoked"/> (it should never have been published), with a history row and the event. Refused for a record
    /// already repaired or revoked.
    /// </summary>
    Task<Result> MarkCorrectedAsync(long subjectId, long recordId, bool revoke, string actor, string reason, CancellationToken cancellationToken = default);
}
