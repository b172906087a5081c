using Huzhou.Credit.Contracts.Identity;

namespace Huzhou.Credit.Contracts.Monitoring;

/// <summary>
/// The monitoring inbox's unread count for the page header (the host's badge view component). Implemented by the
/// Monitoring module; one indexed count.
/// </summary>
public interface IAlertCounts
{
    /// <summary>Unread alerts of <paramref name="staff"/>: his personal watch lists' and his department's shared lists'.</summary>
    Task<int> UnreadAsync(ICurrentStaff staff, CancellationToken cancellationToken = default);
}
