namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A risk alert as the credit office wrote it, checked: what the public will see besides the organisation's name and code.</summary>
/// <param name="Title">Title, trimmed.</param>
/// <param name="Text">Text, trimmed, line breaks normalised to \n.</param>
internal sealed record RiskAlertDraft(string Title, string Text);
