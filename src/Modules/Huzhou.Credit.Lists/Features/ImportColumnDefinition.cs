namespace Huzhou.Credit.Lists.Features;

/// <summary>A standard column: its Chinese header, whether it is required, its length limit and the headers also accepted for it.</summary>
internal sealed record ImportColumnDefinition(ImportColumn Column, string Header, bool Required, int? MaxLength, string Note, IReadOnlyList<string> Aliases);
