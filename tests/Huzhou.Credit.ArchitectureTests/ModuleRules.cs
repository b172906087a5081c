using System.Reflection;
using System.Xml.Linq;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.ArchitectureTests;

/// <summary>
/// The module rules of docs/architecture.md as one checker, run over the real modules and over the broken
/// fixture: a checker that never reports anything would fail the fixture tests.
/// </summary>
internal static class ModuleRules
{
    /// <summary>Among the platform's own assemblies, a module may reference only these.</summary>
    public static IReadOnlyList<string> AllowedModuleReferences { get; } =
        [PlatformAssemblies.SharedKernelName, PlatformAssemblies.ContractsName];

    /// <summary>
    /// Every breach of the module rules by <paramref name="moduleAssembly"/>: references to other platform
    /// assemblies (compiled, and in the project file when <paramref name="csprojPath"/> is given, because the
    /// compiler drops references no code uses), public types other than the allowed ones, public DbContexts.
    /// </summary>
    public static IReadOnlyList<string> FindViolations(Assembly moduleAssembly, string? csprojPath)
    {
        ArgumentNullException.ThrowIfNull(moduleAssembly);
        var violations = new List<string>();
        violations.AddRange(FindReferenceViolations(moduleAssembly, csprojPath, AllowedModuleReferences));

        var types = LoadableTypes(moduleAssembly, violations).Where(t => !IsGenerated(t)).ToList();
        foreach (var type in types.Where(IsVisibleOutsideAssembly).Where(t => !MayBePublic(t)))
        {
            violations.Add($"{type.FullName} is public (only controllers, the ICreditModule registration and implementations of Contracts interfaces may be)");
        }

        foreach (var type in types.Where(t => typeof(DbContext).IsAssignableFrom(t) && IsVisibleOutsideAssembly(t)))
        {
            violations.Add($"{type.FullName} is a public DbContext (a module's DbContext must be internal)");
        }

        return violations;
    }

    /// <summary>
    /// References from <paramref name="assembly"/> to platform assemblies (<c>Huzhou.Credit.*</c>) other than
    /// <paramref name="allowed"/>, in its metadata and, when given, as <c>ProjectReference</c>s in its project file.
    /// </summary>
    public static IReadOnlyList<string> FindReferenceViolations(Assembly assembly, string? csprojPath, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(allowed);
        var name = assembly.GetName().Name;
        var allowedText = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
        var violations = new List<string>();

        foreach (var reference in assembly.GetReferencedAssemblies().Select(r => r.Name).Order(StringComparer.Ordinal))
        {
            if (PlatformAssemblies.IsPlatformAssembly(reference) && !allowed.Contains(reference))
            {
                violations.Add($"{name} references assembly {reference} (allowed: {allowedText})");
            }
        }

        if (csprojPath is null)
        {
            return violations;
        }

        if (!File.Exists(csprojPath))
        {
            // A missing file must not read as "no project references".
            violations.Add($"{name}: project file {csprojPath} not found");
            return violations;
        }

        var projectFile = Path.GetFileName(csprojPath);
        foreach (var include in ProjectReferences(csprojPath))
        {
            // Every ProjectReference is to the platform's own code, so anything not allowed is a breach.
            var referenced = Path.GetFileNameWithoutExtension(include.Replace('\\', '/'));
            if (!allowed.Contains(referenced))
            {
                violations.Add($"{projectFile} has a ProjectReference to {referenced} (allowed: {allowedText})");
            }
        }

        return violations;
    }

    private static IEnumerable<string> ProjectReferences(string csprojPath) =>
        XDocument.Load(csprojPath).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => e.Attribute("Include")?.Value)
            .OfType<string>()
            .Where(include => include.Length > 0);

    private static IEnumerable<Type> LoadableTypes(Assembly assembly, List<string> violations)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // Report rather than skip: types we cannot load are types we cannot check.
            violations.Add($"{assembly.GetName().Name}: some types could not be loaded ({e.LoaderExceptions.FirstOrDefault()?.Message})");
            return e.Types.OfType<Type>();
        }
    }

    private static bool MayBePublic(Type type) =>
        (type.IsClass && typeof(ControllerBase).IsAssignableFrom(type))
        || typeof(ICreditModule).IsAssignableFrom(type)
        || type.GetInterfaces().Any(i => i.Assembly == PlatformAssemblies.Contracts);

    /// <summary>Public, or nested public/protected all the way out: reachable from another assembly.</summary>
    private static bool IsVisibleOutsideAssembly(Type type) =>
        type.IsNested
            ? (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisibleOutsideAssembly(type.DeclaringType!)
            : type.IsPublic;

    /// <summary>Types the compiler or Razor wrote, which the module's authors do not control.</summary>
    private static bool IsGenerated(Type type)
    {
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            if (current.Name.Contains('<', StringComparison.Ordinal) || current.Namespace == "AspNetCoreGeneratedDocument")
            {
                return true;
            }

            foreach (var attribute in current.CustomAttributes.Select(a => a.AttributeType))
            {
                if (attribute.FullName is "System.Runtime.CompilerServices.CompilerGeneratedAttribute"
                        or "Microsoft.CodeAnalysis.EmbeddedAttribute"
                    || attribute.Namespace == "Microsoft.AspNetCore.Razor.Hosting")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
