using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.UnitTests.Identifiers;

public class UnifiedSocialCreditCodeTests
{
    private const string HangzhouEnterprise = "91330100799655058B";

    [Fact]
    public void Known_real_Hangzhou_enterprise_code_parses_without_issues()
    {
        var result = UnifiedSocialCreditCode.TryParse(HangzhouEnterprise);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Issues);
        var code = result.Value!;
        Assert.Equal(HangzhouEnterprise, code.Value);
        Assert.Equal(HangzhouEnterprise, code.ToString());
        Assert.Equal("91", code.Prefix);
        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.OrganisationCategory);
        Assert.Equal("330100", code.DivisionCode);
        Assert.Equal("799655058", code.OrganisationCode);
        Assert.Equal('B', code.CheckCharacter);
        Assert.Equal(SubjectKind.Enterprise, code.Kind);
        Assert.Equal("企业", code.KindDescription);
    }

    [Theory]
    [InlineData("91330100799655058", 'B')]
    [InlineData("91110000100006385", 'X')]
    [InlineData("12330500002609131", 'U')]
    [InlineData("11330502002642519", 'M')]
    public void Check_character_is_computed_with_the_GB_32100_weights(string first17, char expected)
    {
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    [Fact]
    public void Check_character_value_31_maps_to_zero()
    {
        // Search for a body whose weighted sum is divisible by 31, which exercises the "31 becomes 0" rule.
        var found = false;
        for (var n = 0; n < 1000 && !found; n++)
        {
            var first17 = $"91330502{n:D8}0";
            if (UnifiedSocialCreditCode.ComputeCheckCharacter(first17) == '0')
            {
                var sum = 0;
                int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
                for (var i = 0; i < 17; i++)
                {
                    sum += UnifiedSocialCreditCode.Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * weights[i];
                }

                Assert.Equal(0, sum % 31);
                found = true;
            }
        }

        Assert.True(found);
    }

    [Theory]
    [InlineData("79965505", '8')]
    [InlineData("D2601234", '6')]
    [InlineData("00000000", '0')]
    public void Organisation_code_check_follows_GB_11714(string first8, char expected)
    {
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeOrganisationCodeCheck(first8));
    }

    [Fact]
    public void Organisation_code_check_value_10_becomes_X()
    {
        // Find a body whose check value is 10 and confirm it renders as X.
        var body = Enumerable.Range(0, 10_000).Select(n => n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))
            .First(b => UnifiedSocialCreditCode.ComputeOrganisationCodeCheck(b) == 'X');
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        Assert.Equal(10, 11 - (sum % 11));
    }

    [Fact]
    public void Published_code_91110000100006385R_is_not_valid_by_the_standard_algorithm()
    {
        // Cited in some sources as a real code, but both its check characters disagree with GB 32100 and
        // GB 11714, so it is a warning case, not a valid-code vector.
        var result = UnifiedSocialCreditCode.TryParse("91110000100006385R");

        Assert.True(result.Succeeded);
        Assert.Contains(result.Issues, i => i.Code == IdentifierIssueCodes.CheckCharacter && i.Message.Contains("“X”", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Code == IdentifierIssueCodes.OrganisationCodeCheck && i.Message.Contains("“9”", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_with_wrong_check_character_parses_with_a_warning_naming_the_expected_character()
    {
        var result = UnifiedSocialCreditCode.TryParse("91330100799655058C");

        Assert.True(result.Succeeded);
        Assert.True(result.HasWarnings);
        Assert.Null(result.FirstErrorMessage);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IdentifierIssueCodes.CheckCharacter, issue.Code);
        Assert.Equal(IdentifierIssueSeverity.Warning, issue.Severity);
        Assert.Contains("应为“B”", issue.Message, StringComparison.Ordinal);
        Assert.Contains("实际为“C”", issue.Message, StringComparison.Ordinal);
        Assert.Equal("91330100799655058C", result.Value!.Value);
    }

    [Fact]
    public void Code_with_wrong_embedded_organisation_check_parses_with_a_warning()
    {
        // Position 17 changed from 8 to 7, then position 18 recomputed so only the embedded check is wrong.
        var first17 = "91330100799655057";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        var result = UnifiedSocialCreditCode.TryParse(code);

        Assert.True(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IdentifierIssueCodes.OrganisationCodeCheck, issue.Code);
        Assert.Equal(IdentifierIssueSeverity.Warning, issue.Severity);
        Assert.Contains("应为“8”", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void Letters_outside_the_alphabet_are_errors_naming_character_and_position(char bad)
    {
        var input = "913301007996550" + bad + "8B";

        var result = UnifiedSocialCreditCode.TryParse(input);

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IdentifierIssueCodes.Alphabet, issue.Code);
        Assert.Equal(IdentifierIssueSeverity.Error, issue.Severity);
        Assert.Contains("第16位", issue.Message, StringComparison.Ordinal);
        Assert.Contains($"“{bad}”", issue.Message, StringComparison.Ordinal);
        Assert.Equal(issue.Message, result.FirstErrorMessage);
    }

    [Theory]
    [InlineData("91330100799655058")]
    [InlineData("91330100799655058BB")]
    [InlineData("9")]
    public void Wrong_length_is_an_error(string input)
    {
        var result = UnifiedSocialCreditCode.TryParse(input);

        Assert.False(result.Succeeded);
        Assert.Equal(IdentifierIssueCodes.Length, Assert.Single(result.Issues).Code);
        Assert.Contains(input.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), result.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_an_error(string? input)
    {
        var result = UnifiedSocialCreditCode.TryParse(input);

        Assert.False(result.Succeeded);
        Assert.Equal(IdentifierIssueCodes.Empty, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Unknown_prefix_99_is_an_error_even_with_correct_check_characters()
    {
        var first17 = "99330100799655058";
        var result = UnifiedSocialCreditCode.TryParse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IdentifierIssueCodes.Prefix, issue.Code);
        Assert.Contains("“99”", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Full_width_lowercase_and_surrounding_spaces_are_normalised()
    {
        var result = UnifiedSocialCreditCode.TryParse("  ９１３３０１００７９９６５５０５８ｂ\u3000");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Issues);
        Assert.Equal(HangzhouEnterprise, result.Value!.Value);
        Assert.Equal(HangzhouEnterprise, UnifiedSocialCreditCode.Parse("91330100799655058b").Value);
    }

    [Theory]
    [InlineData("91", SubjectKind.Enterprise, "企业")]
    [InlineData("92", SubjectKind.Enterprise, "个体工商户")]
    [InlineData("93", SubjectKind.Enterprise, "农民专业合作社")]
    [InlineData("11", SubjectKind.GovernmentOrgan, "机关")]
    [InlineData("12", SubjectKind.PublicInstitution, "事业单位")]
    [InlineData("13", SubjectKind.OtherOrganisation, "群众团体")]
    [InlineData("51", SubjectKind.SocialOrganisation, "社会团体")]
    [InlineData("52", SubjectKind.SocialOrganisation, "民办非企业单位")]
    [InlineData("53", SubjectKind.SocialOrganisation, "基金会")]
    [InlineData("N1", SubjectKind.OtherOrganisation, "组级集体经济组织")]
    [InlineData("Y1", SubjectKind.OtherOrganisation, "其他组织")]
    public void Subject_kind_and_description_come_from_the_prefix(string prefix, SubjectKind kind, string description)
    {
        var code = UnifiedSocialCreditCode.Compose(prefix, "330502", "MA2B3C4D");

        Assert.Equal(kind, code.Kind);
        Assert.Equal(description, code.KindDescription);
    }

    [Fact]
    public void Every_listed_prefix_is_valid_and_has_a_description()
    {
        Assert.Equal(36, UnifiedSocialCreditCode.ValidPrefixes.Count);
        foreach (var prefix in UnifiedSocialCreditCode.ValidPrefixes)
        {
            Assert.True(UnifiedSocialCreditCode.IsValidPrefix(prefix));
            var code = UnifiedSocialCreditCode.Compose(prefix, "330500", "12345678");
            Assert.False(string.IsNullOrEmpty(code.KindDescription));
            Assert.False(string.IsNullOrEmpty(code.RegistrationAuthorityName));
        }

        Assert.False(UnifiedSocialCreditCode.IsValidPrefix("99"));
        Assert.False(UnifiedSocialCreditCode.IsValidPrefix("n1"));
        Assert.False(UnifiedSocialCreditCode.IsValidPrefix(null));
    }

    [Fact]
    public void Compose_round_trips_through_TryParse_without_issues()
    {
        var random = new Random(20_250_101);
        string[] divisions = ["330500", "330502", "330503", "330521", "330522", "330523", "110105", "440305"];
        for (var n = 0; n < 2_000; n++)
        {
            var prefix = UnifiedSocialCreditCode.ValidPrefixes[random.Next(UnifiedSocialCreditCode.ValidPrefixes.Count)];
            var division = divisions[random.Next(divisions.Length)];
            var body = new string(Enumerable.Range(0, 8)
                .Select(_ => UnifiedSocialCreditCode.Alphabet[random.Next(UnifiedSocialCreditCode.Alphabet.Length)])
                .ToArray());

            var composed = UnifiedSocialCreditCode.Compose(prefix, division, body);
            var parsed = UnifiedSocialCreditCode.TryParse(composed.Value);

            Assert.True(parsed.Succeeded, composed.Value);
            Assert.Empty(parsed.Issues);
            Assert.Equal(composed, parsed.Value);
            Assert.Equal(prefix, parsed.Value!.Prefix);
            Assert.Equal(division, parsed.Value.DivisionCode);
            Assert.StartsWith(body, parsed.Value.OrganisationCode, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("99", "330502", "12345678")]
    [InlineData("91", "33050", "12345678")]
    [InlineData("91", "33050A", "12345678")]
    [InlineData("91", "330502", "1234567")]
    [InlineData("91", "330502", "1234567I")]
    public void Compose_rejects_malformed_parts(string prefix, string division, string body)
    {
        Assert.ThrowsAny<ArgumentException>(() => UnifiedSocialCreditCode.Compose(prefix, division, body));
    }

    [Fact]
    public void Codes_are_equal_by_value()
    {
        var a = UnifiedSocialCreditCode.Parse(HangzhouEnterprise);
        var b = UnifiedSocialCreditCode.Parse(" 91330100799655058b ");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, UnifiedSocialCreditCode.Compose("91", "330502", "12345678"));
    }

    [Fact]
    public void Parse_throws_on_errors_but_accepts_warnings()
    {
        Assert.Throws<FormatException>(() => UnifiedSocialCreditCode.Parse("not a code"));
        Assert.Equal("91330100799655058C", UnifiedSocialCreditCode.Parse("91330100799655058C").Value);
    }
}
