using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.UnitTests.Identifiers;

public class DistrictCodeTests
{
    [Theory]
    [InlineData("330502", false)]
    [InlineData("330500", false)]
    [InlineData("3305Z1", true)]
    [InlineData(" 3305z2 ", true)]
    public void Valid_codes_parse(string input, bool isZone)
    {
        Assert.True(DistrictCode.TryParse(input, out var code));
        Assert.Equal(input.Trim().ToUpperInvariant(), code.Value);
        Assert.Equal(isZone, code.IsFunctionalZone);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("33050")]
    [InlineData("3305021")]
    [InlineData("3305A1")]
    [InlineData("3305ZZ")]
    [InlineData("33Z501")]
    [InlineData("990502")]
    public void Malformed_codes_are_rejected(string? input)
    {
        Assert.False(DistrictCode.TryParse(input, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void Parse_throws_a_format_exception_on_bad_input()
    {
        Assert.Throws<FormatException>(() => DistrictCode.Parse("abc"));
    }

    [Fact]
    public void A_county_knows_its_province_and_city()
    {
        var anji = DistrictCode.Parse("330523");

        Assert.Equal(DistrictCode.Anji, anji);
        Assert.Equal("330000", anji.ProvinceCode);
        Assert.Equal("330500", anji.CityCode);
        Assert.False(anji.IsCityLevel);
        Assert.True(anji.IsWithinCity(DistrictCode.Huzhou));
        Assert.False(DistrictCode.Parse("330105").IsWithinCity(DistrictCode.Huzhou));
    }

    [Fact]
    public void A_functional_zone_belongs_to_its_city_but_is_not_city_level()
    {
        var zone = DistrictCode.NanTaihuNewArea;

        Assert.Equal("3305Z1", zone.Value);
        Assert.Equal("3305Z1", zone.ToString());
        Assert.True(zone.IsFunctionalZone);
        Assert.False(zone.IsCityLevel);
        Assert.Equal("330500", zone.CityCode);
        Assert.True(zone.IsWithinCity(DistrictCode.Huzhou));
    }

    [Fact]
    public void Only_the_city_code_is_city_level()
    {
        Assert.True(DistrictCode.Huzhou.IsCityLevel);
        Assert.False(DistrictCode.Wuxing.IsCityLevel);
        Assert.False(DistrictCode.Parse("330000").IsCityLevel);
        Assert.True(DistrictCode.Parse("330000").IsProvinceLevel);
    }

    [Fact]
    public void Well_known_Huzhou_codes_have_the_published_values()
    {
        Assert.Equal(
            ["330500", "330502", "330503", "330521", "330522", "330523", "3305Z1", "3305Z2", "3305Z3"],
            new[]
            {
                DistrictCode.Huzhou, DistrictCode.Wuxing, DistrictCode.Nanxun, DistrictCode.Deqing,
                DistrictCode.Changxing, DistrictCode.Anji, DistrictCode.NanTaihuNewArea,
                DistrictCode.EconomicDevelopmentZone, DistrictCode.TaihuResort,
            }.Select(c => c.Value));
    }
}
