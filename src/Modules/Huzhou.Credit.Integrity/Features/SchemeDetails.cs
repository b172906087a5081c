using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// A points scheme's settings as <see cref="SchemeSettings.SaveAsync"/> takes them (new or edited; on an edit the code
/// and the members' kind are the scheme's). The district is the operator department's.
/// </summary>
internal sealed record SchemeDetails(
    string? Code,
    string? Name,
    SchemeKind Kind,
    string? DepartmentCode,
    bool MembersArePersons,
    int BasePoints,
    string? Bands,
    string? GroupLabel,
    bool PublicBoard,
    string? Description,
    bool Active);
