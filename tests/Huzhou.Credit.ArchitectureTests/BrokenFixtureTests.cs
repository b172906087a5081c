namespace Huzhou.Credit.ArchitectureTests;

/// <summary>
/// Proves the module rules can fail: tests/Fixtures/Huzhou.Credit.Modules.BrokenFixture breaks them on purpose,
/// and a checker that always answered "no violations" would fail here.
/// </summary>
public sealed class BrokenFixtureTests
{
    private const string AllowedText = "(allowed: Huzhou.Credit.SharedKernel, Huzhou.Credit.Contracts)";

    private static IReadOnlyList<string> FixtureViolations() =>
        ModuleRules.FindViolations(BrokenFixture.Assembly, RepositoryLayout.BrokenFixtureProject);

    [Fact]
    public void A_compiled_reference_to_another_module_is_reported()
    {
        Assert.Contains(
            $"Huzhou.Credit.Modules.BrokenFixture references assembly Huzhou.Credit.Identity {AllowedText}",
            FixtureViolations());
    }

    [Fact]
    public void A_project_reference_to_another_module_is_reported()
    {
        Assert.Contains(
            $"Huzhou.Credit.Modules.BrokenFixture.csproj has a ProjectReference to Huzhou.Credit.Identity {AllowedText}",
            FixtureViolations());
    }

    [Fact]
    public void A_project_reference_is_reported_even_when_the_compiler_dropped_the_unused_reference()
    {
        // Subjects' compiled code does not reference Identity; only the project file (the fixture's) does.
        var subjects = PlatformAssemblies.Module("Huzhou.Credit.Subjects");
        Assert.DoesNotContain(subjects.GetReferencedAssemblies(), r => r.Name == "Huzhou.Credit.Identity");

        var violations = ModuleRules.FindViolations(subjects, RepositoryLayout.BrokenFixtureProject);

        Assert.Contains(
            $"Huzhou.Credit.Modules.BrokenFixture.csproj has a ProjectReference to Huzhou.Credit.Identity {AllowedText}",
            violations);
    }

    [Fact]
    public void A_public_type_that_is_not_a_controller_registration_or_contract_is_reported()
    {
        Assert.Contains(
            "Huzhou.Credit.Modules.BrokenFixture.LeakyDomainType is public (only controllers, the ICreditModule registration and implementations of Contracts interfaces may be)",
            FixtureViolations());
    }

    [Fact]
    public void A_public_DbContext_is_reported()
    {
        Assert.Contains(
            "Huzhou.Credit.Modules.BrokenFixture.LeakyDbContext is a public DbContext (a module's DbContext must be internal)",
            FixtureViolations());
    }

    [Fact]
    public void Public_controllers_contract_implementations_and_internal_types_are_not_reported()
    {
        var violations = FixtureViolations();

        Assert.DoesNotContain(violations, v => v.Contains("FixtureController", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("FixtureSubjectStatistics", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("FixtureInternalDetail", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("references assembly Huzhou.Credit.Contracts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_project_file_is_reported_rather_than_read_as_no_references()
    {
        var missing = Path.Combine(RepositoryLayout.Root, "no-such-folder", "Nothing.csproj");

        var violations = ModuleRules.FindViolations(PlatformAssemblies.Module("Huzhou.Credit.Subjects"), missing);

        Assert.Contains($"Huzhou.Credit.Subjects: project file {missing} not found", violations);
    }
}
