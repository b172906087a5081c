namespace Huzhou.Credit.Commitments.Domain;

/// <summary>
/// 信用承诺: a subject's commitment to a department for a matter, with its term and its fulfilment. The credit record
/// (catalogue item XYCN) in the record store is the published form of it; this row is the workflow on top (who signed,
/// who verified and with what evidence, the breach record it led to). Rows come from the department form, online
/// signing and, for files and the API of the collection module, from the records themselves (<c>CommitmentSync</c>).
/// </summary>
internal sealed class Commitment
{
    public long Id { get; set; }

    /// <summary>承诺书编号, the record's source key; unique per subject.</summary>
    public string Number { get; set; } = "";

    public long SubjectId { get; set; }

    public bool IsPerson { get; set; }

    public string SubjectName { get; set; } = "";

    /// <summary>An organisation's credit code, or a person's masked ID number (never the number itself).</summary>
    public string DisplayCode { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public CommitmentType Type { get; set; }

    public string Matter { get; set; } = "";

    public string Content { get; set; } = "";

    public DateOnly SignedOn { get; set; }

    /// <summary>承诺期限至: when the department verifies fulfilment (null: no term, e.g. 主动型).</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>The department the commitment was made to, which verifies it (code).</summary>
    public string DepartmentCode { get; set; } = "";

    /// <summary>Whether it is shown on the public publicity page (organisations' commitments by default).</summary>
    public bool IsPublic { get; set; }

    public CommitmentStatus Status { get; set; }

    public CommitmentSource Source { get; set; }

    /// <summary>Who entered or signed it (a staff or organisation account, or the delivering batch).</summary>
    public string SignedBy { get; set; } = "";

    /// <summary>The template it was signed from, for online signing.</summary>
    public long? TemplateId { get; set; }

    /// <summary>SHA-256 (hex) of the content as signed.</summary>
    public string? ContentHash { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public string? VerifiedBy { get; set; }

    public string? VerificationNote { get; set; }

    public string? EvidenceName { get; set; }

    public string? EvidenceHash { get; set; }

    /// <summary>违诺认定编号 of the breach record (XYWN) written for it.</summary>
    public string? BreachNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The evidence a department attached to its verification (PDF or image), kept with its hash.</summary>
internal sealed class CommitmentEvidence
{
    public long Id { get; set; }

    public long CommitmentId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";
}

/// <summary>承诺类型 (the XYCN codes 01-04).</summary>
internal enum CommitmentType : short
{
    /// <summary>审批替代型 (incl. 容缺办理型 and 证明事项告知承诺型).</summary>
    ApprovalSubstitution = 1,

    /// <summary>主动型 (主动公示型).</summary>
    Proactive = 2,

    /// <summary>行业自律型.</summary>
    IndustrySelfDiscipline = 3,

    /// <summary>信用修复型.</summary>
    Repair = 4,
}

/// <summary>履约状态 (the XYCN codes 1-4).</summary>
internal enum CommitmentStatus : short
{
    InForce = 1,
    Fulfilled = 2,
    Breached = 3,
    Withdrawn = 4,
}

internal enum CommitmentSource : short
{
    /// <summary>Entered by the recipient department on the form.</summary>
    DepartmentForm = 1,

    /// <summary>Signed online by the organisation from a template.</summary>
    OnlineSigning = 2,

    /// <summary>Delivered as XYCN records by file, API or feed (collection), including historic imports.</summary>
    Collection = 3,
}

/// <summary>A commitment template (承诺书模板) organisations sign online for a matter.</summary>
internal sealed class CommitmentTemplate
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public CommitmentType Type { get; set; }

    public string Matter { get; set; } = "";

    public string DepartmentCode { get; set; } = "";

    /// <summary>The text; {主体名称} and {统一社会信用代码} are filled in when signing.</summary>
    public string Content { get; set; } = "";

    /// <summary>Months from signing to the due date (0: no term).</summary>
    public int TermMonths { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

internal static class CommitmentNames
{
    public const string ItemCode = Contracts.Catalogue.WellKnownItems.Commitment.Code;

    public const string BreachItemCode = Contracts.Catalogue.WellKnownItems.CommitmentBreach.Code;

    public static string Type(CommitmentType type) => type switch
    {
        CommitmentType.ApprovalSubstitution => "审批替代型",
        CommitmentType.Proactive => "主动型",
        CommitmentType.IndustrySelfDiscipline => "行业自律型",
        CommitmentType.Repair => "信用修复型",
        _ => type.ToString(),
    };

    public static string Status(CommitmentStatus status) => status switch
    {
        CommitmentStatus.InForce => "履约中",
        CommitmentStatus.Fulfilled => "已践诺",
        CommitmentStatus.Breached => "违诺",
        CommitmentStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    public static string Source(CommitmentSource source) => source switch
    {
        CommitmentSource.DepartmentForm => "部门录入",
        CommitmentSource.OnlineSigning => "网上签署",
        CommitmentSource.Collection => "归集报送",
        _ => source.ToString(),
    };

    public static string TypeCode(CommitmentType type) => ((short)type).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static CommitmentType? ParseType(string? code) => code?.Trim() switch
    {
        "01" or "1" => CommitmentType.ApprovalSubstitution,
        "02" or "2" => CommitmentType.Proactive,
        "03" or "3" => CommitmentType.IndustrySelfDiscipline,
        "04" or "4" => CommitmentType.Repair,
        _ => null,
    };

    public static CommitmentStatus? ParseStatus(string? code) => code?.Trim() switch
    {
        Contracts.Catalogue.WellKnownItems.Commitment.StatusInForce => CommitmentStatus.InForce,
        Contracts.Catalogue.WellKnownItems.Commitment.StatusKept => CommitmentStatus.Fulfilled,
        Contracts.Catalogue.WellKnownItems.Commitment.StatusBreached => CommitmentStatus.Breached,
        Contracts.Catalogue.WellKnownItems.Commitment.StatusWithdrawn => CommitmentStatus.Withdrawn,
        _ => null,
    };
}
