namespace Huzhou.Credit.Integrity.Features;

/// <summary>What an import did: the rows written, or every row's problem (then nothing was written).</summary>
internal sealed record PointImportOutcome(int Imported, IReadOnlyList<string> Errors);
