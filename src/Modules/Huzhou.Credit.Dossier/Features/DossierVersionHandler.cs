using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;
using Npgsql;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>Bumps the data version of the subjects an event names (set-based; idempotent enough: a second bump only costs a cache miss).</summary>
internal sealed class DossierVersionHandler(NpgsqlDataSource dataSource)
    : IIntegrationEventHandler<CreditRecordsChanged>, IIntegrationEventHandler<SubjectsChanged>, IIntegrationEventHandler<ListEntriesChanged>,
      IIntegrationEventHandler<Huzhou.Credit.Contracts.Evaluation.GradesChanged>
{
    public Task HandleAsync(Huzhou.Credit.Contracts.Evaluation.GradesChanged message, CancellationToken cancellationToken) => BumpAsync(message.SubjectIds, cancellationToken);

    public Task HandleAsync(CreditRecordsChanged message, CancellationToken cancellationToken) => BumpAsync(message.SubjectIds, cancellationToken);

    public Task HandleAsync(SubjectsChanged message, CancellationToken cancellationToken) => BumpAsync(message.SubjectIds, cancellationToken);

    public Task HandleAsync(ListEntriesChanged message, CancellationToken cancellationToken) => BumpAsync(message.SubjectIds, cancellationToken);

    private async Task BumpAsync(long[] subjectIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO credit.dossier_subject_versions (subject_id, version)
            SELECT DISTINCT id, 1 FROM unnest($1) AS id
            ON CONFLICT (subject_id) DO UPDATE SET version = credit.dossier_subject_versions.version + 1
            """);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = subjectIds });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
