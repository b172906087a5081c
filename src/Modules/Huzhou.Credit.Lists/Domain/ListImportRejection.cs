namespace Huzhou.Credit.Lists.Domain;

/// <summary>
/// A row of an import that was not imported, with the column and the reason in Chinese. A natural person's name
/// and ID number are kept masked: the importer has the file, and the row number finds the row in it.
/// </summary>
internal sealed class ListImportRejection
{
    public long Id { get; set; }

    public long ImportId { get; set; }

    /// <summary>The row number as Excel shows it (the header is row 1).</summary>
    public int RowNumber { get; set; }

    /// <summary>The standard column the reason concerns (e.g. 认定日期).</summary>
    public string ColumnName { get; set; } = "";

    public string Reason { get; set; } = "";

    public string? SubjectName { get; set; }

    public string? SubjectCode { get; set; }
}
