using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

internal sealed record CheckLogViewModel(CheckLogQuery Query, PagedList<CheckRecord> Checks, IReadOnlyDictionary<CheckDecision, long> Totals, IReadOnlyDictionary<string, Matter> Matters)
{
    /// <summary>Why the date filter could not be applied (unreadable, out of range or reversed).</summary>
    public string? Error { get; init; }

    /// <summary>The callers that are test clients (测试客户端), marked in the log.</summary>
    public IReadOnlySet<string> TestCallers { get; init; } = new HashSet<string>();

}
