using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.UnitTests.Identifiers;

public class ResidentIdNumberTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2025, 6, 15, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Published_female_vector_parses_without_issues()
    {
        var result = ResidentIdNumber.TryParse("11010519491231002X", Clock);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Issues);
        var id = result.Value!;
        Assert.Equal("11010519491231002X", id.Value);
        Assert.Equal("110105", id.AddressCode);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal(2, id.SequenceNumber);
        Assert.Equal(Sex.Female, id.Sex);
    }

    [Fact]
    public void Published_male_vector_born_1880_parses_because_the_floor_is_1850()
    {
        var result = ResidentIdNumber.TryParse("440524188001010014", Clock);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Issues);
        Assert.Equal(new DateOnly(1880, 1, 1), result.Value!.BirthDate);
        Assert.Equal(Sex.Male, result.Value.Sex);
        Assert.Equal(1, result.Value.SequenceNumber);
    }

    [Theory]
    [InlineData("11010519491231002X", 'X')]
    [InlineData("440524188001010014", '4')]
    public void Check_character_follows_ISO_7064_MOD_11_2(string number, char expected)
    {
        Assert.Equal(expected, ResidentIdNumber.ComputeCheckCharacter(number.AsSpan(0, 17)));
    }

    [Fact]
    public void Wrong_check_character_parses_with_a_warning_naming_the_expected_character()
    {
        var result = ResidentIdNumber.TryParse("110105194912310021", Clock);

        Assert.True(result.Succeeded);
        Assert.True(result.HasWarnings);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IdentifierIssueCodes.CheckCharacter, issue.Code);
        Assert.Equal(IdentifierIssueSeverity.Warning, issue.Severity);
        Assert.Contains("应为“X”", issue.Message, StringComparison.Ordinal);
        Assert.Contains("实际为“1”", issue.Message, StringComparison.Ordinal);
        Assert.Equal("110105194912310021", result.Value!.Value);
    }

    [Fact]
    public void Old_15_digit_number_is_an_error_asking_for_the_18_digit_number()
    {
        var result = ResidentIdNumber.TryParse("110105491231002", Clock);

        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IdentifierIssueCodes.LegacyFifteenDigit, issue.Code);
        Assert.Contains("18位", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("11010519491231002X1")]
    public void Wrong_length_is_an_error(string input)
    {
        var result = ResidentIdNumber.TryParse(input, Clock);

        Assert.False(result.Succeeded);
        Assert.Equal(IdentifierIssueCodes.Length, Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData("1101051949A231002X")]
    [InlineData("11010519491231002Y")]
    [InlineData("X10105194912310021")]
    public void Non_digits_are_errors(string input)
    {
        var result = ResidentIdNumber.TryParse(input, Clock);

        Assert.False(result.Succeeded);
        Assert.Equal(IdentifierIssueCodes.Alphabet, Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("990000")]
    [InlineData("160000")]
    public void Unknown_province_is_an_error(string addressCode)
    {
        var first17 = addressCode + "19800101001";
        var result = ResidentIdNumber.TryParse(first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Clock);

        Assert.False(result.Succeeded);
        Assert.Equal(IdentifierIssueCodes.AddressCode, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Impossible_birth_date_is_an_error()
    {
        var first17 = "11010519490231002";
        var result = ResidentIdNumber.TryParse(first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Clock);

        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IdentifierIssueCodes.BirthDate, issue.Code);
        Assert.Contains("19490231", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Birth_date_after_today_is_an_error()
    {
        var tomorrow = ResidentIdNumber.Compose("330502", new DateOnly(2025, 6, 16), 11).Value;

        var result = ResidentIdNumber.TryParse(tomorrow, Clock);

        Assert.False(result.Succeeded);
        Assert.Equal(IdentifierIssueCodes.BirthDate, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Today_is_judged_in_China_time_not_server_UTC()
    {
        // 2025-06-14 16:30 UTC is already 2025-06-15 in Huzhou, so a baby born on the 15th is valid.
        var clock = new FixedClock(new DateTimeOffset(2025, 6, 14, 16, 30, 0, TimeSpan.Zero));
        var newborn = ResidentIdNumber.Compose("330502", new DateOnly(2025, 6, 15), 12).Value;

        Assert.True(ResidentIdNumber.TryParse(newborn, clock).Succeeded);
    }

    [Fact]
    public void Birth_date_before_1850_is_an_error()
    {
        var first17 = "33050218491231001";
        var result = ResidentIdNumber.TryParse(first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Clock);

        Assert.False(result.Succeeded);
        Assert.Equal(IdentifierIssueCodes.BirthDate, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Lowercase_x_and_full_width_digits_are_accepted()
    {
        var lower = ResidentIdNumber.TryParse(" 11010519491231002x ", Clock);
        var fullWidth = ResidentIdNumber.TryParse("１１０１０５１９４９１２３１００２Ｘ", Clock);

        Assert.True(lower.Succeeded);
        Assert.Empty(lower.Issues);
        Assert.Equal("11010519491231002X", lower.Value!.Value);
        Assert.Equal(lower.Value, fullWidth.Value);
    }

    [Fact]
    public void Masked_form_keeps_the_first_six_and_last_four()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X");

        Assert.Equal("110105********002X", id.Masked);
    }

    [Fact]
    public void ToString_and_interpolation_never_reveal_the_full_number()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X");

        Assert.Equal("110105********002X", id.ToString());
        Assert.DoesNotContain("19491231", $"subject {id}", StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_builds_numbers_that_parse_without_issues()
    {
        var random = new Random(330_502);
        string[] addresses = ["330502", "330503", "330521", "330522", "330523", "110105", "820000"];
        for (var n = 0; n < 2_000; n++)
        {
            var address = addresses[random.Next(addresses.Length)];
            var birth = new DateOnly(1850, 1, 1).AddDays(random.Next(0, 175 * 365));
            var sequence = random.Next(0, 1000);

            var composed = ResidentIdNumber.Compose(address, birth, sequence);
            var parsed = ResidentIdNumber.TryParse(composed.Value, Clock);

            Assert.True(parsed.Succeeded, composed.Value);
            Assert.Empty(parsed.Issues);
            Assert.Equal(composed, parsed.Value);
            Assert.Equal(address, parsed.Value!.AddressCode);
            Assert.Equal(birth, parsed.Value.BirthDate);
            Assert.Equal(sequence, parsed.Value.SequenceNumber);
            Assert.Equal(sequence % 2 == 1 ? Sex.Male : Sex.Female, parsed.Value.Sex);
        }
    }

    [Theory]
    [InlineData("33050", 1)]
    [InlineData("990502", 1)]
    [InlineData("33050A", 1)]
    [InlineData("330502", -1)]
    [InlineData("330502", 1000)]
    public void Compose_rejects_malformed_parts(string address, int sequence)
    {
        Assert.ThrowsAny<ArgumentException>(() => ResidentIdNumber.Compose(address, new DateOnly(1990, 1, 1), sequence));
    }

    [Fact]
    public void Compose_rejects_birth_dates_before_1850()
    {
        Assert.ThrowsAny<ArgumentException>(() => ResidentIdNumber.Compose("330502", new DateOnly(1849, 12, 31), 1));
    }

    [Fact]
    public void Numbers_are_equal_by_value()
    {
        var a = ResidentIdNumber.Parse("11010519491231002X");
        var b = ResidentIdNumber.Parse("11010519491231002x");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ResidentIdNumber.Parse("440524188001010014"));
    }
}
