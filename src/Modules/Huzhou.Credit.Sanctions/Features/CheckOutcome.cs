using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>The answer: the logged check with the subject, decision and hits.</summary>
internal sealed record CheckOutcome(CheckRecord Record, ResolvedSubject? Subject, Matter Matter, IReadOnlyList<CheckHit> Hits, DateTimeOffset DataAsOf);
