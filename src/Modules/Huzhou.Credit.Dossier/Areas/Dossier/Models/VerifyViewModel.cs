namespace Huzhou.Credit.Dossier.Areas.Dossier.Models;

/// <summary>The verification page: the form, and after a check the report found (or null: not genuine).</summary>
internal sealed record VerifyViewModel(string? Number, string? Code, Huzhou.Credit.Dossier.Domain.IssuedReport? Report, bool Checked);
