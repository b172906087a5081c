namespace Huzhou.Credit.Collection.Domain;

/// <summary>
/// A column choice remembered for a department and item: the next file with this header maps it to this field
/// without asking (the upload wizard's manual mapping).
/// </summary>
internal sealed class RememberedColumn
{
    public long Id { get; set; }

    public string DepartmentCode { get; set; } = "";

    public string ItemCode { get; set; } = "";

    /// <summary>The header as <see cref="Features.HeaderMap.Normalise"/> writes it.</summary>
    public string Header { get; set; } = "";

    public string FieldKey { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
