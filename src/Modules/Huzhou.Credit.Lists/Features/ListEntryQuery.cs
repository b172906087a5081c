using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Features;

/// <summary>Filters of the staff list page.</summary>
internal sealed record ListEntryQuery(string? Type, ListEntryStatus? Status, string? Q, int Page);
