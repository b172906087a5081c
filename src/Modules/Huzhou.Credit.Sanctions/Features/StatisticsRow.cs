using Huzhou.Credit.Sanctions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>One row of the statistics: a system or matter and its checks per decision; <paramref name="IsTestClient"/> marks a test client's row.</summary>
internal sealed record StatisticsRow(string Key, IReadOnlyDictionary<CheckDecision, long> ByDecision, bool IsTestClient = false)
{
    public long Total => ByDecision.Values.Sum();

    /// <summary>拦截 and 提示 together: the checks where a punishment applied (interceptions in the wide sense).</summary>
    public long Punished => ByDecision.GetValueOrDefault(CheckDecision.Block) + ByDecision.GetValueOrDefault(CheckDecision.Warn);
}
