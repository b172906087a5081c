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
    public string PageUrl(int page) =>
        $"/lists?type={Uri.EscapeDataString(Query.Type ?? "")}&status={Query.Status}&q={Uri.EscapeDataString(Query.Q ?? "")}&page={page}";
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
    public string PageUrl(int page) => $"/public/lists?type={Uri.EscapeDataString(Type ?? "")}&q={Uri.EscapeDataString(Query ?? "")}&page={page}";
}

internal sealed record ImportFormViewModel(ListEntrySource? Source, IReadOnlyList<ListImport> Recent, IReadOnlyList<ListType> Types);

internal sealed record ImportResultViewModel(ListImport Import, IReadOnlyList<ListImportRejection> Rejections, long RejectionLines)
{
    /// <summary>How many rejection lines the page shows; the report has them all.</summary>
    public const int Shown = 500;
}
