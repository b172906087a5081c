using Huzhou.Credit.Identity;

namespace Huzhou.Credit.Modules.BrokenFixture;

/// <summary>
/// Breaks two rules at once: it is public without being a controller, a module registration or a Contracts
/// implementation, and it uses a type of another module, so the compiler keeps the reference to Identity.
/// </summary>
public sealed class LeakyDomainType
{
    public string BorrowedModuleName { get; } = new IdentityModule().Name;
}
