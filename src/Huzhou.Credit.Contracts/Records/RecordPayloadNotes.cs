namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// Notes on how a delivered row was read, kept with its record: an array payload may end with one JSON object after
/// the field values, <c>{"delivered":{"行政相对人类别":"法人及非法人组织"},"checkWarning":"…"}</c>. Rows without notes
/// have none (their payload and content hash are as before); readers label values by position and skip the object.
/// </summary>
public static class RecordPayloadNotes
{
    /// <summary>Field key → the text as delivered, for values read through a synonym (stored as the option's code).</summary>
    public const string Delivered = "delivered";

    /// <summary>The subject identifier's check character failed; the record's subject waits for the credit office.</summary>
    public const string CheckWarning = "checkWarning";
}
