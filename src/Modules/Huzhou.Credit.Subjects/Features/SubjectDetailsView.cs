using Huzhou.Credit.Subjects.Domain;

namespace Huzhou.Credit.Subjects.Features;

internal sealed record SubjectDetailsView(
    Subject Subject,
    IReadOnlyList<SubjectChange> Changes,
    bool ShowNonPublic,
    bool MayEdit,
    bool MayRevealIdNumber,
    string? RevealedIdNumber);
