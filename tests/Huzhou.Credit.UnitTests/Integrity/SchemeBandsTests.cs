using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.UnitTests.Integrity;

public sealed class SchemeBandsTests
{
    [Fact]
    public void Bands_are_read_best_first_with_full_width_punctuation_and_name_the_points()
    {
        var scheme = new PointsScheme { Bands = "0:一星；100:三星;120：五星" };
        Assert.Equal([(120, "五星"), (100, "三星"), (0, "一星")], scheme.ParsedBands());
        Assert.Equal("五星", scheme.BandOf(120));
        Assert.Equal("三星", scheme.BandOf(119));
        Assert.Null(scheme.BandOf(-5));
    }

    [Theory]
    [InlineData("120五星")]
    [InlineData("abc:五星")]
    [InlineData("120:")]
    public void A_malformed_band_is_named_in_Chinese(string text)
    {
        Assert.False(SchemeBands.TryParse(text, out _, out var error));
        Assert.Contains("格式不对", error, StringComparison.Ordinal);
    }
}
