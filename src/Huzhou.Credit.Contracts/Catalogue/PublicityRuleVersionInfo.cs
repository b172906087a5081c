namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>A publicity rule version as other modules cite it (the repair decision letter names its basis).</summary>
/// <param name="Code">The version's code, as records carry it: <c>2019</c>, <c>2023</c>, <c>2025</c>.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="BasisDocument">The document the version rests on, with its number (发改办财金〔2019〕527号 ...).</param>
/// <param name="EffectiveFrom">The day the version applies from.</param>
public sealed record PublicityRuleVersionInfo(string Code, string Name, string BasisDocument, DateOnly EffectiveFrom);
