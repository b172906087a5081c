
namespace Huzhou.Credit.Integrity.Domain;

/// <summary>A subject in a scheme. Members leave (with a date), they are never deleted: their events stay.</summary>
internal sealed class SchemeMember
{
    public long Id { get; set; }

    public long SchemeId { get; set; }

    public long SubjectId { get; set; }

    /// <summary>The group on the ranking: the street section, the village, the unit.</summary>
    public string Group { get; set; } = "";

    public DateOnly JoinedOn { get; set; }

    public DateOnly? LeftOn { get; set; }
}
