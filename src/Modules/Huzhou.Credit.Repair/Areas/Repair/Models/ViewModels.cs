using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.Repair.Features;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record QueueRow(RepairApplication Application, string? Countdown, bool Late);

internal sealed record RepairStatistics(int Applications, int Executed, int Approved, int Denied, int Refused, int Open, double? ApprovalRate, double? MeanAcceptDays, double? MeanDecideDays);

internal sealed record QueueViewModel(IReadOnlyList<QueueRow> Rows, RepairStatistics Statistics, bool MayExecute, string Scope, string? Message, string? Error);

internal sealed record ApplicationViewModel(
    RepairApplication Application,
    IReadOnlyList<RepairStep> Steps,
    IReadOnlyList<RepairMaterial> Materials,
    string? Countdown,
    bool MayReview,
    bool MayExecute,
    string? Message,
    string? Error,
    string RecordStatus);

internal sealed record OrganisationRepairViewModel(IReadOnlyList<RecordEligibility> Records, IReadOnlyList<RepairApplication> Applications, IReadOnlyList<RepairNotice> Notices, string? Message)
{
    public IReadOnlyList<Objection> Objections { get; init; } = [];
}

internal sealed record ApplyViewModel(RecordEligibility Record, string? Statement, string? Error, string? ErrorField);

internal sealed record CalendarViewModel(int Year, IReadOnlyList<CalendarDay> Days, bool MayEdit, string? Message, string? Error);

internal sealed record ObjectionFormViewModel(Huzhou.Credit.Contracts.Subjects.RepairableRecord Record, string? Claim, string? Error);

internal sealed record ObjectionQueueViewModel(IReadOnlyList<(Objection Objection, string Countdown, bool Late)> Rows, string? Message, string? Error);

internal sealed record ObjectionViewModel(Objection Objection, Huzhou.Credit.Contracts.Subjects.RepairableRecord? Record, string Countdown, bool MayDecide, string? Message, string? Error);
