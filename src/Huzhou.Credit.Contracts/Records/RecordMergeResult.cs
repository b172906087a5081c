namespace Huzhou.Credit.Contracts.Records;

/// <summary>What a completed delivery did.</summary>
/// <param name="Inserted">New records.</param>
/// <param name="Updated">Existing records (same item, source key and subject) whose content changed.</param>
/// <param name="Unchanged">Existing records delivered again with the same content.</param>
/// <param name="SubjectsCreated">Subjects created as pending verification (待核实).</param>
public sealed record RecordMergeResult(long Inserted, long Updated, long Unchanged, long SubjectsCreated);
