namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed record NewFieldViewModel(NewFieldForm Form, IReadOnlyList<(string Code, string Name)> Departments, string? Error);
