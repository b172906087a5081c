using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Features;

/// <summary>An entry with its history and its decision document's facts (without the bytes), when one was attached.</summary>
internal sealed record ListEntryDetail(ListEntry Entry, ListType Type, IReadOnlyList<ListEntryChange> Changes, ListEntryDocument? Document = null);
