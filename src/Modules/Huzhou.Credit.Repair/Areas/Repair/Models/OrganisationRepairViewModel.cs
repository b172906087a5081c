using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Features;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record OrganisationRepairViewModel(IReadOnlyList<RecordEligibility> Records, IReadOnlyList<RepairApplication> Applications, IReadOnlyList<RepairNotice> Notices)
{
    public IReadOnlyList<Objection> Objections { get; init; } = [];

    public IReadOnlyList<ListEntryEligibility> ListEntries { get; init; } = [];
}
