using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>A delivered row with what the writer derives before the database: subject columns, record id, content hash.</summary>
internal sealed record StagedRecord(IncomingCreditRecord Record, StagedSubject Subject, long RecordId, byte[] Hash)
{
    public long SubjectId { get; set; }

    /// <summary>The row's personal payload values, AES-256-GCM encrypted (<c>credit_records.personal</c>), or null.</summary>
    public byte[]? Personal { get; init; }
}
