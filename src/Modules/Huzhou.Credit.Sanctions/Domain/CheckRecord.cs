namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>One check, logged durably whatever its outcome (including no hit and not found).</summary>
internal sealed class CheckRecord
{
    public long Id { get; set; }

    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>The API client (business system), or the staff account for a trial from the rule editor.</summary>
    public string Caller { get; set; } = "";

    /// <summary>The code as asked: a credit code, or a person's ID number masked (never stored in full).</summary>
    public string SubjectCode { get; set; } = "";

    public long? SubjectId { get; set; }

    public bool NameMismatch { get; set; }

    public string MatterCode { get; set; } = "";

    public CheckStages Stage { get; set; }

    /// <summary>The caller's own reference (办件号).</summary>
    public string? Reference { get; set; }

    public CheckDecision Decision { get; set; }

    public int RuleSetVersion { get; set; }

    /// <summary>The hits as JSON (rule, measure, action, facts), as answered: read from whichever column holds them.</summary>
    public string Hits => PackedHits is { } packed ? CheckHitsPacking.Unpack(packed) : LegacyHits ?? "[]";

    /// <summary>Column <c>hits_packed</c>: the hits packed (<see cref="CheckHitsPacking"/>), in every row written since the log packs them.</summary>
    public byte[]? PackedHits { get; set; }

    /// <summary>
    /// Column <c>hits</c>: the hits as JSON text, in rows written before the log packed them. Kept as they were:
    /// converting a large log would rewrite it whole.
    /// </summary>
    public string? LegacyHits { get; set; }
}
