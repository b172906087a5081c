using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.Lists.Seed;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.Subjects.Seed;
using Huzhou.Credit.UnitTests.Identifiers;

namespace Huzhou.Credit.UnitTests.Lists;

/// <summary>
/// samples/lists/省平台推送-失信被执行人-2026-11.csv names organisations of the demo city: the generator is
/// deterministic, so organisation i is always the same. If the generator changes, this test says so.
/// </summary>
public sealed class SampleListFileTests
{
    /// <summary>Organisations every seed has: the integration tests' city has 200, the demo city 2,000.</summary>
    private const int SeededOrganisations = 200;

    public static string SamplePath { get; } = Path.Combine(AppContext.BaseDirectory, "samples", "lists", "省平台推送-失信被执行人-2026-11.csv");

    [Fact]
    public async Task The_sample_is_a_GB18030_file_with_the_standard_columns_and_only_valid_rows_of_demo_organisations()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
        var validator = new ListImportRowValidator(StandardListTypes.All, clock);
        var organisations = DemoCityGenerator.Organisations(0, SeededOrganisations).ToDictionary(o => o.Uscc!, o => o.Name);

        await using var stream = File.OpenRead(SamplePath);
        await using var source = await RowSources.OpenAsync(stream, SamplePath);
        var (positions, missing, ignored) = ListImportColumns.Map(source.Headers);
        var rows = 0;
        while (await source.ReadAsync())
        {
            rows++;
            var cells = positions.Select(p => p < 0 ? "" : source.GetString(p)).ToArray();
            var (candidate, issues) = validator.Validate(cells);
            Assert.True(candidate is not null, $"row {source.RowNumber}: {string.Join("; ", issues.Select(i => i.Reason))}");
            Assert.Equal("SXBZXR", candidate.Type.Code);
            Assert.True(organisations.TryGetValue(candidate.SubjectCode, out var name), $"row {source.RowNumber}: {candidate.SubjectCode} is not among the first {SeededOrganisations} demo organisations");
            Assert.Equal(name, candidate.SubjectName);
        }

        Assert.Equal("GB18030", source.EncodingName);
        Assert.Empty(missing);
        Assert.Empty(ignored);
        Assert.InRange(rows, 20, 30);
    }
}
