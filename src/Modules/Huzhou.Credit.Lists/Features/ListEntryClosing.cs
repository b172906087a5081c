namespace Huzhou.Credit.Lists.Features;

/// <summary>Refusing a proposal or removing an entry (移出 / 提前移出): the reason is required, the basis for removals.</summary>
internal sealed record ListEntryClosing(string? Reason, string? Basis);
