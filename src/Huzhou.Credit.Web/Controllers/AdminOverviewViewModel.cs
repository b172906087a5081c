using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Web.Controllers;

/// <summary>The overview; <paramref name="MissingCalendarYear"/> is the year whose holidays the working-day calendar still lacks (from November), if any.</summary>
public sealed record AdminOverviewViewModel(SubjectCountSnapshot? Snapshot, IReadOnlyList<DistrictInfo> Districts, OutboxStatus Outbox, int? MissingCalendarYear);
