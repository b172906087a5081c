using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>Keeps the credit status up to date: records, registrations, list entries and grades that changed refresh their subjects.</summary>
internal sealed class CreditStatusEventHandler(CreditStatusProjector projector)
    : IIntegrationEventHandler<CreditRecordsChanged>, IIntegrationEventHandler<SubjectsChanged>, IIntegrationEventHandler<ListEntriesChanged>, IIntegrationEventHandler<GradesChanged>
{
    public Task HandleAsync(GradesChanged message, CancellationToken cancellationToken) => projector.RefreshAsync(message.SubjectIds, cancellationToken);

    public Task HandleAsync(CreditRecordsChanged message, CancellationToken cancellationToken) => projector.RefreshAsync(message.SubjectIds, cancellationToken);

    public Task HandleAsync(SubjectsChanged message, CancellationToken cancellationToken) => projector.RefreshAsync(message.SubjectIds, cancellationToken);

    public Task HandleAsync(ListEntriesChanged message, CancellationToken cancellationToken) => projector.RefreshAsync(message.SubjectIds, cancellationToken);
}
