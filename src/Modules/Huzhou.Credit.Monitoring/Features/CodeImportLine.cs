namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A line of a file of codes that was not added, with the reason in Chinese.</summary>
internal sealed record CodeImportLine(int Row, string Code, string Reason);
