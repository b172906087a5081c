namespace Huzhou.Credit.Commitments.Domain;

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
