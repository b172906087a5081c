using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;
using Npgsql;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>
/// Marks the subjects whose inputs changed (records, registration, list entries) for the next incremental run. A mark
/// made again moves its time forward, so a change during a run is picked up by the next one.
/// </summary>
internal sealed class DirtySubjectMarker(NpgsqlDataSource dataSource, TimeProvider clock)
    : IIntegrationEventHandler<CreditRecordsChanged>, IIntegrationEventHandler<SubjectsChanged>, IIntegrationEventHandler<ListEntriesChanged>
{
    public Task HandleAsync(CreditRecordsChanged message, CancellationToken cancellationToken) => MarkAsync(message.SubjectIds, cancellationToken);

    public Task HandleAsync(SubjectsChanged message, CancellationToken cancellationToken) => MarkAsync(message.SubjectIds, cancellationToken);

    public Task HandleAsync(ListEntriesChanged message, CancellationToken cancellationToken) => MarkAsync(message.SubjectIds, cancellationToken);

    public async Task MarkAsync(long[] subjectIds, CancellationToken cancellationToken)
    {
        if (subjectIds.Length == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO credit.evaluation_dirty_subjects (subject_id, marked_at)
            SELECT DISTINCT id, @now FROM unnest(@ids) AS u(id)
            ON CONFLICT (subject_id) DO UPDATE SET marked_at = excluded.marked_at
            """);
        command.Parameters.Add(new NpgsqlParameter<long[]>("ids", subjectIds));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
