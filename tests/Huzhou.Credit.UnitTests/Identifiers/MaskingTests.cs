using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.UnitTests.Identifiers;

public class MaskingTests
{
    [Theory]
    [InlineData("330502199001011234", "330502********1234")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("110105491231002", "11010*******002")]
    [InlineData("1234", "1***")]
    [InlineData("12", "**")]
    [InlineData(null, "")]
    [InlineData("  ", "")]
    public void Id_number_keeps_at_most_the_first_six_and_last_four(string? input, string expected)
    {
        Assert.Equal(expected, Masking.IdNumber(input));
    }

    [Fact]
    public void Id_number_masking_never_shows_more_than_ten_original_characters()
    {
        for (var length = 1; length <= 40; length++)
        {
            var input = new string('7', length);

            var masked = Masking.IdNumber(input);

            Assert.Equal(length, masked.Length);
            Assert.True(masked.Count(c => c == '7') <= Math.Min(10, length / 2 + 1), $"length {length}: {masked}");
        }
    }

    [Theory]
    [InlineData("张三明", "张*明")]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("张", "*")]
    [InlineData("𠀀明", "𠀀*")]
    [InlineData(null, "")]
    public void Person_name_keeps_the_first_and_last_character(string? input, string expected)
    {
        Assert.Equal(expected, Masking.PersonName(input));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("1381234", "1****34")]
    [InlineData(null, "")]
    public void Phone_keeps_the_first_three_and_last_four_digits(string? input, string expected)
    {
        Assert.Equal(expected, Masking.Phone(input));
    }
}
