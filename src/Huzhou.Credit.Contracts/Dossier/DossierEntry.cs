namespace Huzhou.Credit.Contracts.Dossier;

/// <summary>One entry of a dossier section, newest first.</summary>
/// <param name="ItemName">The catalogue item (e.g. 行政处罚).</param>
/// <param name="Reference">The department's own reference (e.g. the decision document number).</param>
/// <param name="Date">Decision date.</param>
/// <param name="PublicityEnd">End of publicity (null: indefinite).</param>
/// <param name="Status">Status in Chinese (公示中, 公示期满 ...).</param>
/// <param name="Fields">The fields this audience may see, labelled.</param>
/// <param name="StaffLink">For staff: the owning module's page of the entry (e.g. the record with its history); never set for the public.</param>
public sealed record DossierEntry(
    string ItemName,
    string Reference,
    DateOnly Date,
    DateOnly? PublicityEnd,
    string Status,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    string? StaffLink = null);
