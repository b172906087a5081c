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

internal sealed record ProposeViewModel(ProposalForm Form, IReadOnlyList<ListType> Types);

internal sealed record EntryViewModel(ListEntryDetail Detail, bool MayDecide, ClosingForm Closing, string? Error, bool MayImport);

internal sealed record PublicListsViewModel(
    IReadOnlyList<ListType> Types,
    IReadOnlyDictionary<string, long> InForce,
    string? Type,
    string? Query,
    PagedList<ListEntryRow> Entries)
{
}

internal sealed record ImportFormViewModel(ListEntrySource? Source, IReadOnlyList<ListImport> Recent, IReadOnlyList<ListType> Types);

internal sealed record ImportResultViewModel(ListImport Import, IReadOnlyList<ListImportRejection> Rejections, long RejectionLines)
{
    /// <summary>How many rejection lines the page shows; the report has them all.</summary>
    public const int Shown = 500;
}
