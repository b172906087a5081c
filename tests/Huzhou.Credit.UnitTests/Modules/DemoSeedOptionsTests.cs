using Huzhou.Credit.SharedKernel.Modules;

namespace Huzhou.Credit.UnitTests.Modules;

public sealed class DemoSeedOptionsTests
{
    [Fact]
    public void Full_scale_is_the_city_of_the_source_document() =>
        Assert.Equal(2_360_000, DemoSeedOptions.Parse("full").Organisations + DemoSeedOptions.Parse("full").Persons);

    [Fact]
    public void A_number_keeps_the_city_proportion_of_organisations_to_persons()
    {
        var options = DemoSeedOptions.Parse("100000");

        Assert.Equal(100_000, options.Organisations + options.Persons);
        Assert.Equal(5_000, options.Organisations);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("demo")]
    public void Demo_is_the_default(string? scale) => Assert.Equal(DemoSeedOptions.Demo, DemoSeedOptions.Parse(scale));

    [Theory]
    [InlineData("none")]
    [InlineData("NONE")]
    public void None_seeds_nothing(string scale)
    {
        var options = DemoSeedOptions.Parse(scale);

        Assert.True(options.IsNone);
        Assert.Equal(0, options.Organisations + options.Persons);
    }

    [Fact]
    public void A_real_scale_is_not_none() => Assert.False(DemoSeedOptions.Parse("demo").IsNone);

    [Fact]
    public void Unknown_scale_is_refused() => Assert.Throws<ArgumentException>(() => DemoSeedOptions.Parse("huge"));
}
