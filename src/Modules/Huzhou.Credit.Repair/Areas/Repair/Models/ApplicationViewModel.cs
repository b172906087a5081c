using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record ApplicationViewModel(
    RepairApplication Application,
    IReadOnlyList<RepairStep> Steps,
    IReadOnlyList<RepairMaterial> Materials,
    string? Countdown,
    bool MayReview,
    bool MayExecute,
    string RecordStatus);
