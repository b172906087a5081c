using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

internal sealed record AlertDetailViewModel(Alert Alert, IReadOnlyList<Alert> Grouped, IReadOnlyList<Colleague> Colleagues);
