using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

internal sealed record ListIndexViewModel(
    IReadOnlyList<ListType> Types,
    IReadOnlyDictionary<string, long> InForce,
    ListEntryQuery Query,
    PagedList<ListEntryRow> Entries,
    bool MayPropose,
    bool MayImport,
    long PendingCount)
{
}
