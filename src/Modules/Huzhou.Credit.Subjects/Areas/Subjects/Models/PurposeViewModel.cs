namespace Huzhou.Credit.Subjects.Areas.Subjects.Models;

internal sealed record PurposeViewModel(long SubjectId, IReadOnlyList<string> Purposes);
