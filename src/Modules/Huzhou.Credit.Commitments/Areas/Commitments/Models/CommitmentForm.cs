using Huzhou.Credit.Commitments.Domain;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Models;

/// <summary>The department's entry form.</summary>
internal sealed class CommitmentForm
{
    public string? SubjectCode { get; set; }

    public string? SubjectName { get; set; }

    public CommitmentType? Type { get; set; }

    public string? Matter { get; set; }

    public string? Content { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public string? DepartmentCode { get; set; }

    public bool IsPublic { get; set; } = true;
}
