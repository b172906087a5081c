using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.SharedKernel.Events;
using Npgsql;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// The events that change a threshold rule's metric mark the enabled rules of that metric (one statement on the small
/// rules table, nothing measured here): records → serious penalties, grades → grade shares, a completed batch's
/// statistics → the three rates. The minute job <c>monitoring:threshold-rules-pending</c> evaluates each marked rule
/// once, however many deliveries marked it (debounce).
/// </summary>
internal sealed class ThresholdRuleTriggers(NpgsqlDataSource dataSource)
    : IIntegrationEventHandler<CreditRecordsChanged>, IIntegrationEventHandler<GradesChanged>, IIntegrationEventHandler<DeliveryStatisticsChanged>
{
    private const string MarkSql = """
        UPDATE credit.monitoring_threshold_rules SET dirty_since = now()
        WHERE enabled AND dirty_since IS NULL AND metric = ANY(@metrics)
        """;

    public Task HandleAsync(CreditRecordsChanged message, CancellationToken cancellationToken) => MarkAsync([ThresholdMetric.SeriousPenalties], cancellationToken);

    public Task HandleAsync(GradesChanged message, CancellationToken cancellationToken) => MarkAsync([ThresholdMetric.GradeShare], cancellationToken);

    public Task HandleAsync(DeliveryStatisticsChanged message, CancellationToken cancellationToken) =>
        MarkAsync([ThresholdMetric.Timeliness, ThresholdMetric.Compliance, ThresholdMetric.Reporting], cancellationToken);

    private async Task MarkAsync(ThresholdMetric[] metrics, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(MarkSql);
        command.Parameters.Add(new NpgsqlParameter<short[]>("metrics", [.. metrics.Select(m => (short)m)]));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
