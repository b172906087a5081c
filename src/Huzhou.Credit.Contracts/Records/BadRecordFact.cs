using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>A bad record as a check explains it.</summary>
/// <param name="ItemName">Catalogue item (行政处罚 ...).</param>
/// <param name="Reference">The decision document number.</param>
/// <param name="DecisionDate">Decision date.</param>
/// <param name="PenaltyClass">The penalty class; null when the item has no class.</param>
/// <param name="ProviderDepartment">Department code that delivered it.</param>
public sealed record BadRecordFact(string ItemName, string Reference, DateOnly DecisionDate, PenaltyClass? PenaltyClass, string ProviderDepartment);
