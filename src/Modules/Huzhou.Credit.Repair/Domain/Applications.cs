using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Repair.Domain;

/// <summary>
/// 信用修复申请: an organisation asks to repair one bad record. 谁认定、谁修复: the department that delivered the record
/// accepts or refuses within N working days, then approves or denies within M (extendable once, with a reason); the
/// credit centre executes an approval, which marks the record repaired. Every step is a <see cref="RepairStep"/>.
/// </summary>
internal sealed class RepairApplication
{
    public long Id { get; set; }

    /// <summary>XF + yyyyMMdd + sequence, printed on the decision letter.</summary>
    public string Number { get; set; } = "";

    public long SubjectId { get; set; }

    public string SubjectName { get; set; } = "";

    public string SubjectCode { get; set; } = "";

    public long AccountId { get; set; }

    public string HandlerName { get; set; } = "";

    /// <summary>Where the applicant gets e-mail notices (the account's address when applying), or null.</summary>
    public string? NoticeEmail { get; set; }

    /// <summary>The record repaired; 0 when the application is for a list entry.</summary>
    public long RecordId { get; set; }

    /// <summary>The black-list entry whose early removal is asked for (null: a record).</summary>
    public long? ListEntryId { get; set; }

    public string ItemCode { get; set; } = "";

    public string ItemName { get; set; } = "";

    /// <summary>The decision document number of the record.</summary>
    public string RecordReference { get; set; } = "";

    public DateOnly RecordDecisionDate { get; set; }

    public short? PenaltyClass { get; set; }

    public string RuleVersion { get; set; } = "";

    /// <summary>The deciding department (the record's provider).</summary>
    public string DepartmentCode { get; set; } = "";

    public string Statement { get; set; } = "";

    public RepairStatus Status { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateOnly AcceptDue { get; set; }

    public DateOnly? DecideDue { get; set; }

    public bool Extended { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}

internal enum RepairStatus : short
{
    Submitted = 1,
    Accepted = 2,
    Refused = 3,
    Approved = 4,
    Denied = 5,
    Executed = 6,
}

/// <summary>One step of an application: who, when, what and why.</summary>
internal sealed class RepairStep
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public RepairStepKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The staff user, or the organisation's handler (企业经办人 name shown to staff only).</summary>
    public string Actor { get; set; } = "";

    public string? Note { get; set; }
}

internal enum RepairStepKind : short
{
    Submitted = 1,
    Accepted = 2,
    Refused = 3,
    Extended = 4,
    Approved = 5,
    Denied = 6,
    Executed = 7,
    Reminded = 8,
}

/// <summary>A document attached to an application: kept in the database with its SHA-256.</summary>
internal sealed class RepairMaterial
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public MaterialKind Kind { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }
}

internal enum MaterialKind : short
{
    ApplicationForm = 1,
    ProofOfFulfilment = 2,
    CreditCommitment = 3,
    Licence = 4,
    HandlerId = 5,
}

/// <summary>A message to the applicant in the organisation portal (and by e-mail once SMTP is configured).</summary>
internal sealed class RepairNotice
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public long SubjectId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Text { get; set; } = "";

    public bool Read { get; set; }
}

internal static class RepairNames
{
    public static string Status(RepairStatus status) => status switch
    {
        RepairStatus.Submitted => "待受理",
        RepairStatus.Accepted => "审核中",
        RepairStatus.Refused => "不予受理",
        RepairStatus.Approved => "审核通过，待执行",
        RepairStatus.Denied => "审核不通过",
        RepairStatus.Executed => "已修复",
        _ => status.ToString(),
    };

    public static string Step(RepairStepKind kind) => kind switch
    {
        RepairStepKind.Submitted => "提交申请",
        RepairStepKind.Accepted => "受理",
        RepairStepKind.Refused => "不予受理",
        RepairStepKind.Extended => "延长审核期限",
        RepairStepKind.Approved => "审核通过",
        RepairStepKind.Denied => "审核不通过",
        RepairStepKind.Executed => "执行修复",
        RepairStepKind.Reminded => "超期提醒",
        _ => kind.ToString(),
    };

    public static string Material(MaterialKind kind) => kind switch
    {
        MaterialKind.ApplicationForm => "信用修复申请书",
        MaterialKind.ProofOfFulfilment => "履行法定义务的证明材料",
        MaterialKind.CreditCommitment => "信用承诺书",
        MaterialKind.Licence => "营业执照复印件",
        MaterialKind.HandlerId => "经办人身份证明",
        _ => kind.ToString(),
    };

    public static IReadOnlyList<MaterialKind> Required { get; } =
        [MaterialKind.ApplicationForm, MaterialKind.ProofOfFulfilment, MaterialKind.CreditCommitment, MaterialKind.Licence, MaterialKind.HandlerId];

    public static string PenaltyClass(short? penaltyClass) => PenaltyClass((Contracts.Catalogue.PenaltyClass?)penaltyClass);

    public static string PenaltyClass(Contracts.Catalogue.PenaltyClass? penaltyClass) =>
        penaltyClass is { } c ? CreditRecordNames.Of(c) : "未分类";
}
