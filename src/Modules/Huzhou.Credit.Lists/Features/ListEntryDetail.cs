using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Features;

/// <summary>An entry with its history.</summary>
internal sealed record ListEntryDetail(ListEntry Entry, ListType Type, IReadOnlyList<ListEntryChange> Changes);
