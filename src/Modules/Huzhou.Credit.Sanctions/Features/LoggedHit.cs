using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>One hit as the check log keeps it (<c>sanction_checks.hits_packed</c>, <see cref="CheckHitsPacking"/>): rule, measure code, action, facts.</summary>
internal sealed record LoggedHit(string Rule, string Measure, string Action, IReadOnlyList<string> Facts);
