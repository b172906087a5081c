namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>The life of a rule set version: one published version is active at a time.</summary>
internal enum RuleSetStatus : short
{
    Draft = 1,
    Published = 2,

    /// <summary>Was published, replaced by a later version.</summary>
    Superseded = 3,
}

/// <summary>A version of the rules (规则集). Checks record the version they used.</summary>
internal sealed class RuleSet
{
    public int Version { get; set; }

    public RuleSetStatus Status { get; set; }

    /// <summary>When a published version takes effect.</summary>
    public DateTimeOffset? EffectiveAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public string Note { get; set; } = "";
}

/// <summary>What a rule looks for in the subject's credit status.</summary>
internal enum ConditionKind : short
{
    /// <summary>In force on a list of the given type (parameter: list type code).</summary>
    OnList = 1,

    /// <summary>A bad record of class general or serious within N months (parameters: months, minimum class).</summary>
    BadRecordWithin = 2,

    /// <summary>The subject was created from a delivery and is not yet verified.</summary>
    PendingVerification = 3,

    /// <summary>A breached commitment within N months (the Commitments module's breaches, kept in the credit status).</summary>
    BreachedCommitmentWithin = 4,

    /// <summary>An evaluation grade in a set (the Evaluation module's current grades, kept in the credit status).</summary>
    GradeIn = 5,
}

/// <summary>Which subjects a rule applies to.</summary>
internal enum SubjectScope : short
{
    All = 0,
    Organisations = 1,
    Persons = 2,
}

/// <summary>
/// One rule: when the condition holds for a subject checked at a matter of one of the domains (none: all) and a
/// stage of <see cref="Stages"/>, the measure applies.
/// </summary>
internal sealed class Rule
{
    public long Id { get; set; }

    public int RuleSetVersion { get; set; }

    public string Name { get; set; } = "";

    public ConditionKind Condition { get; set; }

    /// <summary>List type code for <see cref="ConditionKind.OnList"/>; grades (comma-separated) for <see cref="ConditionKind.GradeIn"/>.</summary>
    public string? Parameter { get; set; }

    /// <summary>Months for the "within N months" conditions.</summary>
    public int? Months { get; set; }

    /// <summary>Minimum penalty class for <see cref="ConditionKind.BadRecordWithin"/>: 2 一般, 3 严重.</summary>
    public short? MinimumClass { get; set; }

    public SubjectScope Scope { get; set; }

    /// <summary>Matter domains (<see cref="MatterDomain"/> values); empty: every domain.</summary>
    public short[] Domains { get; set; } = [];

    public CheckStages Stages { get; set; } = CheckStages.All;

    public string MeasureCode { get; set; } = "";
}

/// <summary>The decision a check answers.</summary>
internal enum CheckDecision : short
{
    /// <summary>通过: no measure applies.</summary>
    Pass = 1,

    /// <summary>提示: proceed with restrictions or a warning.</summary>
    Warn = 2,

    /// <summary>激励: only reward measures apply.</summary>
    Favour = 3,

    /// <summary>拦截: a blocking measure applies.</summary>
    Block = 4,

    /// <summary>The code identifies no subject of the registry.</summary>
    NotFound = 5,
}

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

internal static class CheckDecisions
{
    public static string DisplayName(CheckDecision decision) => decision switch
    {
        CheckDecision.Pass => "通过",
        CheckDecision.Warn => "提示",
        CheckDecision.Favour => "激励",
        CheckDecision.Block => "拦截",
        CheckDecision.NotFound => "主体不存在",
        _ => decision.ToString(),
    };

    public static string Wire(CheckDecision decision) => decision switch
    {
        CheckDecision.Pass => "pass",
        CheckDecision.Warn => "warn",
        CheckDecision.Favour => "favour",
        CheckDecision.Block => "block",
        _ => "notFound",
    };
}

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
