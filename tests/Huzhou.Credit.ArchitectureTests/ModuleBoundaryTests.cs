namespace Huzhou.Credit.ArchitectureTests;

/// <summary>The module rules, over every module the host composes.</summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleAssemblyNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var module in PlatformAssemblies.Modules)
            {
                data.Add(module.GetName().Name!);
            }

            return data;
        }
    }

    [Fact]
    public void The_host_composes_at_least_one_module()
    {
        // Guards the theories below against passing vacuously over an empty list.
        Assert.NotEmpty(PlatformAssemblies.Modules);
    }

    [Fact]
    public void Every_project_under_src_Modules_is_composed_by_the_host()
    {
        var folders = RepositoryLayout.ModuleProjectsByAssemblyName().Keys.Order(StringComparer.Ordinal).ToList();
        var composed = PlatformAssemblies.Modules.Select(a => a.GetName().Name!).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(folders);
        var forgotten = folders.Where(f => !composed.Contains(f)).ToList();
        Assert.True(forgotten.Count == 0,
            $"Modules under src/Modules/ missing from CreditModules.All (so no architecture test checks them): {string.Join(", ", forgotten)}");
    }

    [Fact]
    public void Every_composed_module_lives_under_src_Modules()
    {
        var folders = RepositoryLayout.ModuleProjectsByAssemblyName();
        var elsewhere = PlatformAssemblies.Modules.Select(a => a.GetName().Name!).Where(n => !folders.ContainsKey(n)).ToList();

        Assert.True(elsewhere.Count == 0,
            $"Modules in CreditModules.All without a project under src/Modules/: {string.Join(", ", elsewhere)}");
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblyNames))]
    public void A_module_keeps_the_module_rules(string moduleAssemblyName)
    {
        var csproj = RepositoryLayout.ModuleProjectsByAssemblyName()[moduleAssemblyName];

        var violations = ModuleRules.FindViolations(PlatformAssemblies.Module(moduleAssemblyName), csproj);

        Assert.True(violations.Count == 0,
            $"{moduleAssemblyName} breaks the module rules:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

}
