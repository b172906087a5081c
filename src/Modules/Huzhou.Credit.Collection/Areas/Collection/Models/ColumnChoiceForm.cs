namespace Huzhou.Credit.Collection.Areas.Collection.Models;

/// <summary>One column's choice in the wizard's manual mapping: the header as delivered and the field key (empty = ignore).</summary>
internal sealed class ColumnChoiceForm
{
    public string? Header { get; set; }

    public string? Field { get; set; }
}
