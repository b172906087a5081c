using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>A credit record as a repair application sees it.</summary>
/// <param name="SubjectId">Subject.</param>
/// <param name="RecordId">Record id.</param>
/// <param name="ItemCode">Catalogue item.</param>
/// <param name="ItemName">Its name.</param>
/// <param name="ProviderDepartment">The department that delivered it (谁认定、谁修复: it reviews the repair).</param>
/// <param name="Reference">The decision document number.</param>
/// <param name="DecisionDate">Decision date.</param>
/// <param name="PublicityEnd">End of publicity (null: indefinite).</param>
/// <param name="MinimumEnd">When the minimum publicity period ends (null: no minimum under the rule).</param>
/// <param name="PenaltyClass">The penalty class, null when the item has no class.</param>
/// <param name="RuleVersion">The publicity rule version applied.</param>
/// <param name="Status">The record's status (its name: <see cref="CreditRecordNames"/>).</param>
/// <param name="IsBad">Whether the item's nature is 失信.</param>
/// <param name="Fields">The payload, labelled (enum codes shown as their labels).</param>
public sealed record RepairableRecord(
    long SubjectId,
    long RecordId,
    string ItemCode,
    string ItemName,
    string ProviderDepartment,
    string Reference,
    DateOnly DecisionDate,
    DateOnly? PublicityEnd,
    DateOnly? MinimumEnd,
    PenaltyClass? PenaltyClass,
    string RuleVersion,
    CreditRecordStatus Status,
    bool IsBad,
    IReadOnlyList<KeyValuePair<string, string>> Fields);
