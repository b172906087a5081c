namespace Huzhou.Credit.Collection.Features;

/// <summary>One column's choice in the wizard: the header as delivered and the field key (empty = ignore the column).</summary>
internal sealed record ColumnChoice(string? Header, string? Field);
