using Huzhou.Credit.Contracts.Dossier;

namespace Huzhou.Credit.Dossier.Reports;

/// <summary>One section of the report: its name, how many public entries it has, and the newest ones listed.</summary>
/// <param name="Name">Section name (行政许可 ...).</param>
/// <param name="TotalCount">All public entries of the section; may exceed <see cref="Entries"/> (the report lists the newest).</param>
/// <param name="Entries">The entries printed, newest first.</param>
internal sealed record CreditReportSection(string Name, long TotalCount, IReadOnlyList<DossierEntry> Entries);
