namespace Huzhou.Credit.Subjects.Records;

/// <summary>What happened to a record.</summary>
internal enum CreditRecordChangeKind : short
{
    Inserted = 1,
    Updated = 2,
    StatusChanged = 3,
}
