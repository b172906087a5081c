namespace Huzhou.Credit.Collection.Features;

/// <summary>A common rejection reason of a department's deliveries: the field and the reason with its quoted values elided.</summary>
internal sealed record RejectionReason(string Field, string Reason, long Rows);
