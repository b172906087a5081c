using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// One credit record (信用记录) of a subject: a row of <c>credit.credit_records</c>, hash-partitioned by
/// <see cref="SubjectId"/>. Written only by the record writer (binary COPY + one set-based merge) and the
/// publicity-expiry job; EF maps it for reads. Records are never deleted.
/// </summary>
internal sealed class CreditRecord
{
    public long SubjectId { get; set; }

    public long Id { get; set; }

    public string ItemCode { get; set; } = "";

    public int ItemVersion { get; set; }

    public string ProviderDepartment { get; set; } = "";

    /// <summary>The department's own identifier (e.g. the decision document number): with item and subject, the idempotency key.</summary>
    public string SourceKey { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    public DateOnly PublicityStart { get; set; }

    public DateOnly? PublicityEnd { get; set; }

    public DateOnly? PublicityMinimumEnd { get; set; }

    public PenaltyClass? PenaltyClass { get; set; }

    public string RuleVersion { get; set; } = "";

    public bool Published { get; set; }

    public CreditRecordStatus Status { get; set; }

    /// <summary>The normalised field values (json: validated text that keeps the delivery order; jsonb would double the cost of every write).</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>16 bytes of SHA-256 over the payload and the derived columns: an unchanged re-delivery compares equal.</summary>
    public byte[] PayloadHash { get; set; } = [];

    /// <summary>
    /// The clear values of the payload's personal fields (payload position → value, JSON), AES-256-GCM encrypted with the
    /// personal-data key; null when the record has none. The payload holds their masked form (ADR 0015).
    /// </summary>
    public byte[]? Personal { get; set; }

    public long BatchId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
