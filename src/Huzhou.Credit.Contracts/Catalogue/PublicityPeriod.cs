namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>When a record is public, and the rule that said so.</summary>
/// <param name="Start">First day of publicity (the decision date).</param>
/// <param name="End">Last day of publicity; null when indefinite.</param>
/// <param name="MinimumEnd">The earliest day a repair may end publicity; null when not repairable by period.</param>
/// <param name="Class">The penalty class, for penalty-class items.</param>
/// <param name="RuleVersion">The rule version applied (e.g. <c>2019</c>, <c>2023</c>, <c>2025</c>, or <c>fixed</c>).</param>
/// <param name="Published">False when the rule says the record is not published at all (some minor penalties).</param>
public sealed record PublicityPeriod(DateOnly Start, DateOnly? End, DateOnly? MinimumEnd, PenaltyClass? Class, string RuleVersion, bool Published);
