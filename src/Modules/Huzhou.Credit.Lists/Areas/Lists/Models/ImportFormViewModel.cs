using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

internal sealed record ImportFormViewModel(ListEntrySource? Source, IReadOnlyList<ListImport> Recent, IReadOnlyList<ListType> Types, DateTimeOffset Now);
