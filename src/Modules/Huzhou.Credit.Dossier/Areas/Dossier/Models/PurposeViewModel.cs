namespace Huzhou.Credit.Dossier.Areas.Dossier.Models;

internal sealed record PurposeViewModel(long SubjectId, IReadOnlyList<string> Purposes);
