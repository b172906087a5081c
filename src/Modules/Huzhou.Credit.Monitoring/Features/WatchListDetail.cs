using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// One list with what it watches and the choices for adding a set watch (only the user's own districts; the departments
/// that supervise an industry field, the user's own first).
/// </summary>
internal sealed record WatchListDetail(
    WatchList List,
    IReadOnlyList<WatchItem> Items,
    IReadOnlyList<SetWatch> Sets,
    IReadOnlyList<DistrictInfo> Districts,
    IReadOnlyList<ListTypeInfo> ListTypes,
    IReadOnlyList<EvaluationFieldInfo> Fields,
    IReadOnlyList<DepartmentInfo> Supervisors);
