using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Monitoring.Areas.Monitoring.Models;

internal sealed record AlertListViewModel(PagedList<Alert> Alerts, AlertFilter Filter)
{
    /// <summary>The filters the pager keeps (empty ones are left out).</summary>
    public object Keep => new { unread = Filter.Unread ? "true" : null, serious = Filter.Serious ? "true" : null, open = Filter.Open ? "true" : null, escalated = Filter.Escalated ? "true" : null };
}
