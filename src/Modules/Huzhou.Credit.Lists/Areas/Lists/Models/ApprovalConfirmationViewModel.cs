using Huzhou.Credit.Lists.Features;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

/// <summary>The approval's confirmation page: the entry and the fields the public site will show.</summary>
internal sealed record ApprovalConfirmationViewModel(ListEntryDetail Detail, IReadOnlyList<KeyValuePair<string, string>> PublicFields);
