using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Web.Controllers;

public sealed record AdminOverviewViewModel(SubjectCountSnapshot? Snapshot, IReadOnlyList<DistrictInfo> Districts, OutboxStatus Outbox);
