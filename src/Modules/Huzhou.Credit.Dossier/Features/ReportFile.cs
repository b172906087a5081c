using Huzhou.Credit.Dossier.Reports;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>A report just issued: its number, the PDF, and the document it was rendered from (for the terminal's print view).</summary>
internal sealed record ReportFile(string Number, string VerificationCode, string FileName, byte[] Content, CreditReportDocument Document);
