namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>A synonym a delivery used: the text as delivered and the option it was read as.</summary>
/// <param name="FieldKey">The field's key.</param>
/// <param name="FieldLabel">The field's label.</param>
/// <param name="Delivered">The text as delivered (trimmed).</param>
/// <param name="Code">The option's code it was read as (for 法人及非法人组织: the code the credit code decided).</param>
/// <param name="Label">The option's label.</param>
/// <param name="Rows">How many rows carried it.</param>
public sealed record SynonymUse(string FieldKey, string FieldLabel, string Delivered, string Code, string Label, long Rows);
