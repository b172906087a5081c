using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

internal sealed record PublicListsViewModel(
    IReadOnlyList<ListType> Types,
    IReadOnlyDictionary<string, long> InForce,
    string? Type,
    string? Query,
    PagedList<ListEntryRow> Entries)
{
}
