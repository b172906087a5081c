namespace Huzhou.Credit.Contracts.Identity;

/// <summary>A district as other modules see it.</summary>
/// <param name="Code">GB/T 2260 code, or a local code such as <c>3305Z1</c> for a functional zone.</param>
/// <param name="Name">Chinese name, e.g. 吴兴区.</param>
/// <param name="IsCity">True for the city itself (330500).</param>
/// <param name="IsFunctionalZone">True for functional zones, which have no GB/T 2260 code.</param>
public sealed record DistrictInfo(string Code, string Name, bool IsCity, bool IsFunctionalZone);
