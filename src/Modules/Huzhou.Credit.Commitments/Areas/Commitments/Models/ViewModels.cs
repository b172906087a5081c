using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Features;

namespace Huzhou.Credit.Commitments.Areas.Commitments.Models;

internal sealed record CommitmentListViewModel(IReadOnlyList<Commitment> Rows, int Total, CommitmentFilter Filter, CommitmentStatistics Statistics, string Scope, DateOnly Today, bool MayEnter);

internal sealed record CommitmentDetailViewModel(Commitment Commitment, CommitmentTemplate? Template, bool MayDecide, DateOnly Today);

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

internal sealed record CommitmentFormViewModel(CommitmentForm Form, IReadOnlyList<Huzhou.Credit.Contracts.Identity.DepartmentInfo> Departments, bool ChooseDepartment, string? Error, string? ErrorField);

internal sealed record OrganisationCommitmentsViewModel(IReadOnlyList<Commitment> Commitments, IReadOnlyList<CommitmentTemplate> Templates, DateOnly Today);

internal sealed record SignViewModel(CommitmentTemplate Template, string Text, DateOnly Today, DateOnly? Due, string? Error);

internal sealed record PublicCommitmentsViewModel(string? Query, IReadOnlyList<Commitment>? Results, string? Error);
