using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed record AuditListViewModel(string? User, string? Action, long? SubjectId, DateOnly? From, DateOnly? To, PagedList<AuditRecord> Records)
{
    /// <summary>Why the filter could not be applied (an unreadable or out-of-range date).</summary>
    public string? Error { get; init; }
}
