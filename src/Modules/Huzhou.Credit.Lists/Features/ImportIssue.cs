namespace Huzhou.Credit.Lists.Features;

/// <summary>A reason a row cannot be imported, for one column.</summary>
internal sealed record ImportIssue(ImportColumn Column, string Reason);
