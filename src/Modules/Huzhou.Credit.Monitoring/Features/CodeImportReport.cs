namespace Huzhou.Credit.Monitoring.Features;

/// <summary>What a file of codes did: added, already on the list, waiting for the registry, and the refused lines.</summary>
internal sealed record CodeImportReport(int Added, int AlreadyWatched, int Pending, IReadOnlyList<CodeImportLine> Refused);
