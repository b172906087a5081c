namespace Huzhou.Credit.Collection.Domain;

/// <summary>A synonym a batch used: the column, the text as delivered, the option it was read as, how many rows.</summary>
internal sealed record BatchSynonymUse(string Field, string Delivered, string Code, string Label, long Rows);
