using Huzhou.Credit.Lists.Features;

namespace Huzhou.Credit.Lists.Areas.Lists.Models;

/// <summary>Removing an entry (移出 / 提前移出) or refusing a proposal: the reason is required, the basis for removals.</summary>
internal sealed class ClosingForm
{
    public string? Reason { get; set; }

    public string? Basis { get; set; }

    /// <summary>The refusal or removal as <see cref="ListEntryWorkflow"/> takes it.</summary>
    public ListEntryClosing ToClosing() => new(Reason, Basis);
}
