using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

internal sealed record ImportResultViewModel(ListImport Import, IReadOnlyList<ListImportRejection> Rejections, long RejectionLines, DateTimeOffset Now)
{
    /// <summary>How many rejection lines the page shows; the report has them all.</summary>
    public const int Shown = 500;
}
