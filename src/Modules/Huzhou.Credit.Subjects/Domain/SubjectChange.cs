namespace Huzhou.Credit.Subjects.Domain;

/// <summary>One change to a subject: who, when, which field, from what to what, and why.</summary>
internal sealed class SubjectChange
{
    public long Id { get; set; }

    public long SubjectId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";

    /// <summary>The Chinese field label, or 登记 for the creation.</summary>
    public string Field { get; set; } = "";

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public string? Reason { get; set; }
}
