namespace Huzhou.Credit.Collection.Domain;

/// <summary>A rejected row with its reason: the rejection report.</summary>
internal sealed class BatchRejection
{
    public long Id { get; set; }

    public long BatchId { get; set; }

    public int RowNumber { get; set; }

    public string? FieldLabel { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The row for the batch page: its cells joined as CSV, personal data masked.</summary>
    public string RawRow { get; set; } = "";

    /// <summary>
    /// The delivered cells (a JSON array, one string per column of <see cref="CollectionBatch.Headers"/>) encrypted
    /// with the personal-data key: the rejection report gives them back as delivered to the delivering department.
    /// Null for rows rejected before reports carried cells, and once the report is older than its keeping period.
    /// </summary>
    public byte[]? Cells { get; set; }
}
