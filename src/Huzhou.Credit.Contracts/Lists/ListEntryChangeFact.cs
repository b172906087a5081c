namespace Huzhou.Credit.Contracts.Lists;

/// <summary>One list entry's change, as <see cref="IListEntryChanges"/> reports it.</summary>
/// <param name="SubjectId">The listed subject.</param>
/// <param name="EntryId">The entry's id (its staff page).</param>
/// <param name="ListTypeCode">The list type's code.</param>
/// <param name="ListName">The list type's Chinese name.</param>
/// <param name="IsBlack">A black list.</param>
/// <param name="Kind">Entered or left.</param>
/// <param name="At">When (the approval, or the last change for an exit).</param>
public sealed record ListEntryChangeFact(long SubjectId, long EntryId, string ListTypeCode, string ListName, bool IsBlack, ListEntryChangeKind Kind, DateTimeOffset At);
