namespace Huzhou.Credit.Dossier.Areas.Dossier.Models;

/// <summary>The hall terminal's print view of a report just issued, with its QR code as a data: URI.</summary>
internal sealed record KioskReportViewModel(Huzhou.Credit.Dossier.Reports.CreditReportDocument Report, string QrCodeDataUri, string DossierUrl);
