using Huzhou.Credit.Contracts.Monitoring;

namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>One line of a risk signal's explanation.</summary>
/// <param name="Signal">What kind of fact (黑名单, 近 12 个月严重失信记录 …).</param>
/// <param name="Fact">The facts themselves (document numbers, dates, departments).</param>
/// <param name="Rule">Why it counts (or why it does not).</param>
/// <param name="Effect">The level this line gives; <see cref="RiskLevel.None"/> for a line shown for reference only.</param>
internal sealed record RiskLine(string Signal, string Fact, string Rule, RiskLevel Effect);
