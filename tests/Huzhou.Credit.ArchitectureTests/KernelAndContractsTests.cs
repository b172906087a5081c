namespace Huzhou.Credit.ArchitectureTests;

/// <summary>The layers under the modules point downwards only: Contracts to SharedKernel, SharedKernel to nothing.</summary>
public sealed class KernelAndContractsTests
{
    [Fact]
    public void Contracts_reference_no_module_and_no_host()
    {
        var violations = ModuleRules.FindReferenceViolations(
            PlatformAssemblies.Contracts, RepositoryLayout.ContractsProject, [PlatformAssemblies.SharedKernelName]);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_shared_kernel_references_neither_contracts_nor_any_module()
    {
        var violations = ModuleRules.FindReferenceViolations(
            PlatformAssemblies.SharedKernel, RepositoryLayout.SharedKernelProject, []);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_reference_rules_read_the_real_contracts_and_kernel_assemblies()
    {
        // Guards against the classic slip of checking the wrong assembly, which can never fail.
        Assert.Equal(PlatformAssemblies.ContractsName, PlatformAssemblies.Contracts.GetName().Name);
        Assert.Equal(PlatformAssemblies.SharedKernelName, PlatformAssemblies.SharedKernel.GetName().Name);
        Assert.True(File.Exists(RepositoryLayout.ContractsProject));
        Assert.True(File.Exists(RepositoryLayout.SharedKernelProject));
    }
}
