using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

/// <summary>The exclusion rules (active first), the departments by name, and whether the user may edit (the city credit office).</summary>
internal sealed record ExclusionRulesViewModel(IReadOnlyList<RepairExclusionRule> Rules, IReadOnlyList<DepartmentInfo> Departments, IReadOnlyList<string> RuleVersions, bool MayEdit);
