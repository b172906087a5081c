using Huzhou.Credit.Lists.Domain;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

internal sealed record ProposeViewModel(ProposalForm Form, IReadOnlyList<ListType> Types);
