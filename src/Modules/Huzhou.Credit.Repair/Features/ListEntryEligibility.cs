using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Features;

/// <summary>A black-list entry of the organisation with whether early removal may be asked for now.</summary>
internal sealed record ListEntryEligibility(RepairableListEntry Entry, EligibilityResult Result, RepairApplication? Open);
