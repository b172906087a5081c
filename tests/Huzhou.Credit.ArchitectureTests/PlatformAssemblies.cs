using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Modules.BrokenFixture;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.Web.Composition;

namespace Huzhou.Credit.ArchitectureTests;

/// <summary>The platform's own assemblies, found from the composition root rather than from a hand-kept list.</summary>
internal static class PlatformAssemblies
{
    public const string SharedKernelName = "Huzhou.Credit.SharedKernel";
    public const string ContractsName = "Huzhou.Credit.Contracts";

    public static Assembly SharedKernel { get; } = typeof(ICreditModule).Assembly;

    public static Assembly Contracts { get; } = typeof(ICurrentStaff).Assembly;

    public static Assembly Web { get; } = typeof(CreditModules).Assembly;

    /// <summary>The assemblies of the modules the host composes, in composition order.</summary>
    public static IReadOnlyList<Assembly> Modules { get; } =
        CreditModules.All.Select(m => m.GetType().Assembly).Distinct().ToList();

    public static Assembly Module(string assemblyName) =>
        Modules.Single(a => a.GetName().Name == assemblyName);

    /// <summary>True for <c>Huzhou.Credit</c> and <c>Huzhou.Credit.*</c>: code of this platform, not a library.</summary>
    public static bool IsPlatformAssembly([NotNullWhen(true)] string? assemblyName) =>
        assemblyName is not null
        && (assemblyName == "Huzhou.Credit" || assemblyName.StartsWith("Huzhou.Credit.", StringComparison.Ordinal));
}

/// <summary>Names in the deliberately broken fixture module (tests/Fixtures).</summary>
internal static class BrokenFixture
{
    public const string AssemblyName = "Huzhou.Credit.Modules.BrokenFixture";

    public static Assembly Assembly { get; } = typeof(LeakyDomainType).Assembly;
}
