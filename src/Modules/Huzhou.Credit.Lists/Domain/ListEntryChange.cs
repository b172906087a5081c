namespace Huzhou.Credit.Lists.Domain;

/// <summary>One change of an entry: who, when, from which status to which, why.</summary>
internal sealed class ListEntryChange
{
    public long Id { get; set; }

    public long EntryId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";

    public ListEntryStatus? OldStatus { get; set; }

    public ListEntryStatus NewStatus { get; set; }

    public string? Reason { get; set; }
}
