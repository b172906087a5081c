namespace Huzhou.Credit.Contracts.Dossier;

/// <summary>One published licence or penalty, with the subject it concerns and the department that delivered it.</summary>
public sealed record PublicityEntry(long SubjectId, string DepartmentCode, DossierEntry Entry);
