using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Features;

/// <summary>A bad record with whether it can be repaired now.</summary>
internal sealed record RecordEligibility(RepairableRecord Record, EligibilityResult Result, RepairApplication? Open);
