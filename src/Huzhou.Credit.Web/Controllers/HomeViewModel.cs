using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Web.Controllers;

public sealed record HomeViewModel(DateTimeOffset? SnapshotTakenAt, IReadOnlyDictionary<SubjectKind, long> CountsByKind);
