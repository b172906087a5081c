using Huzhou.Credit.Lists.Features;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

internal sealed record EntryViewModel(ListEntryDetail Detail, bool MayDecide, ClosingForm Closing, string? Error, bool MayImport, bool MayRecordObligation);
