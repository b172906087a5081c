using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Commitments;

/// <summary>
/// Commitments were found breached (违诺) and their breach records (XYWN) were written: by the recipient department's
/// verification or by a delivered 违诺 status (the Commitments module's sync). Written through the outbox in the
/// transaction that confirms the breach records, once per breach; a consumer keys on
/// <see cref="BreachedCommitment.CommitmentId"/> (delivery is at least once).
/// </summary>
/// <param name="Commitments">The breached commitments.</param>
public sealed record CommitmentsBreached(BreachedCommitment[] Commitments) : IIntegrationEvent
{
    /// <inheritdoc />
    public static string EventType => "commitments.breached";
}
