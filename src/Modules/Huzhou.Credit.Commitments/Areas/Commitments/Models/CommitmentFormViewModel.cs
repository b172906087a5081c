namespace Huzhou.Credit.Commitments.Areas.Commitments.Models;

internal sealed record CommitmentFormViewModel(CommitmentForm Form, IReadOnlyList<Huzhou.Credit.Contracts.Identity.DepartmentInfo> Departments, bool ChooseDepartment, string? Error, string? ErrorField);
