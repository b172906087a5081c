namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>
/// 联合奖惩案例: a business system's feedback on a check — which measure it applied, the outcome, who and when. One
/// per check; kept for statistics by field and department.
/// </summary>
internal sealed class SanctionCase
{
    public long Id { get; set; }

    public long CheckId { get; set; }

    /// <summary>The caller that made the check (only it may give the feedback).</summary>
    public string Caller { get; set; } = "";

    public long? SubjectId { get; set; }

    public string SubjectCode { get; set; } = "";

    public string MatterCode { get; set; } = "";

    /// <summary>The matter's domain at the time (for statistics by field).</summary>
    public MatterDomain Domain { get; set; }

    /// <summary>The measure the system applied (one of the check's hits), or null when it applied none.</summary>
    public string? MeasureCode { get; set; }

    /// <summary>What happened (e.g. 已拦截，申请退回 / 容缺受理，三日内补齐材料).</summary>
    public string Outcome { get; set; } = "";

    /// <summary>The clerk who handled it (name or account in the business system).</summary>
    public string Operator { get; set; } = "";

    /// <summary>When the measure was applied, as the business system reports it.</summary>
    public DateTimeOffset AppliedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
