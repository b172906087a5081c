using System.Xml.Linq;

namespace Huzhou.Credit.ArchitectureTests;

/// <summary>Finds the repository on disk, so rules can read project files as well as compiled assemblies.</summary>
internal static class RepositoryLayout
{
    private const string SolutionFileName = "Huzhou.Credit.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string ModulesFolder => Path.Combine(Root, "src", "Modules");

    public static string SharedKernelProject =>
        Path.Combine(Root, "src", PlatformAssemblies.SharedKernelName, PlatformAssemblies.SharedKernelName + ".csproj");

    public static string ContractsProject =>
        Path.Combine(Root, "src", PlatformAssemblies.ContractsName, PlatformAssemblies.ContractsName + ".csproj");

    public static string BrokenFixtureProject =>
        Path.Combine(Root, "tests", "Fixtures", BrokenFixture.AssemblyName, BrokenFixture.AssemblyName + ".csproj");

    /// <summary>Every project under <c>src/Modules/</c>, keyed by the assembly it builds.</summary>
    public static IReadOnlyDictionary<string, string> ModuleProjectsByAssemblyName()
    {
        var projects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(ModulesFolder))
        {
            foreach (var csproj in Directory.EnumerateFiles(folder, "*.csproj"))
            {
                projects.Add(AssemblyNameOf(csproj), csproj);
            }
        }

        return projects;
    }

    /// <summary>The project's <c>AssemblyName</c> when it sets one, otherwise its file name (MSBuild's default).</summary>
    public static string AssemblyNameOf(string csprojPath)
    {
        var declared = XDocument.Load(csprojPath).Descendants()
            .FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim();
        return string.IsNullOrEmpty(declared) ? Path.GetFileNameWithoutExtension(csprojPath) : declared;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} above {AppContext.BaseDirectory}.");
    }
}
