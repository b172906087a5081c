namespace Huzhou.Credit.Dossier.Features;

/// <summary>A badge beside the name (status, 待核实, lists in force).</summary>
/// <param name="Text">Chinese text.</param>
/// <param name="Css">Bootstrap badge classes.</param>
/// <param name="Title">Tooltip, when useful.</param>
internal sealed record DossierBadge(string Text, string Css, string? Title = null);
