using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Dossier.Areas.Dossier.Models;

/// <summary>The register of issued reports (credit office).</summary>
internal sealed record ReportRegisterViewModel(string? Uscc, PagedList<Huzhou.Credit.Dossier.Domain.IssuedReport> Reports);
