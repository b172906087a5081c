namespace Huzhou.Credit.Contracts.Records;

/// <summary>What happened to a bad record (<see cref="RecordChangeFact"/>).</summary>
public enum RecordChangeKind
{
    /// <summary>A bad record was written (a delivery, a breach turned into a record).</summary>
    NewBadRecord = 1,

    /// <summary>The record's publicity period ended (公示期满): it is no longer published.</summary>
    PublicityEnded = 2,
}
