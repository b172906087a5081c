using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Features;

/// <summary>An entry with its list type, for pages.</summary>
internal sealed record ListEntryRow(ListEntry Entry, ListType Type);
