using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>One change to a record (<c>credit.credit_record_changes</c>, partitioned like the records).</summary>
internal sealed class CreditRecordChange
{
    public long SubjectId { get; set; }

    public long Id { get; set; }

    public long RecordId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string Actor { get; set; } = "";

    public long? BatchId { get; set; }

    public CreditRecordChangeKind What { get; set; }

    public CreditRecordStatus? OldStatus { get; set; }

    public CreditRecordStatus? NewStatus { get; set; }

    /// <summary>For updates: the payload before the change.</summary>
    public string? OldPayload { get; set; }

    /// <summary>For updates: the encrypted personal values of the old payload (as <see cref="CreditRecord.Personal"/>).</summary>
    public byte[]? OldPersonal { get; set; }

    public string? Reason { get; set; }
}
