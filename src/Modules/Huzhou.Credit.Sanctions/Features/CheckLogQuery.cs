using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>Filters of the check log.</summary>
internal sealed record CheckLogQuery(string? Caller, string? Matter, CheckDecision? Decision, string? Code, DateOnly? From, DateOnly? To, int Page);
