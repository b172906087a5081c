using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Security;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.UnitTests.Identifiers;

/// <summary>
/// <see cref="SubjectCode"/>, the one reading of a subject's code that the check API, the registry lookups, the check's
/// credit-status keys and the record writer share: kind, normalised code, blind index.
/// </summary>
public sealed class SubjectCodeTests
{
    private const string Enterprise = "91330100799655058B";

    /// <summary>The published female vector: also a credit code (prefix 11 机关, every character in the alphabet), with check warnings.</summary>
    private const string Person = "11010519491231002X";

    private static readonly PersonalDataProtector Protector = new(Options.Create(new PersonalDataProtectionOptions
    {
        EncryptionKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        BlindIndexKey = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray()),
    }));

    [Fact]
    public void A_credit_code_reads_as_one_without_a_blind_index()
    {
        var code = SubjectCode.Parse(Enterprise);

        Assert.Equal(SubjectCodeKind.CreditCode, code.Kind);
        Assert.True(code.IsValid);
        Assert.True(code.IsCreditCode);
        Assert.Equal(Enterprise, code.Text);
        Assert.Equal(Enterprise, code.CreditCode);
        Assert.Null(code.IdNumber);
        Assert.False(code.HasWarnings);
        Assert.Null(code.BlindIndex(Protector));
        Assert.Equal(System.Text.Encoding.ASCII.GetBytes(Enterprise), Assert.Single(SubjectLookupKey.Candidates(code, Protector)));
    }

    [Fact]
    public void An_id_number_reads_as_a_person_with_the_registry_blind_index()
    {
        var code = SubjectCode.Parse("440524188001010014");

        Assert.Equal(SubjectCodeKind.IdNumber, code.Kind);
        Assert.Equal("440524188001010014", code.IdNumber!.Value);
        Assert.False(code.HasWarnings);
        Assert.Equal(Protector.BlindIndex("440524188001010014"), code.BlindIndex(Protector));
    }

    [Fact]
    public void An_eighteen_digit_code_that_reads_both_ways_is_a_person_first_and_a_credit_code_too()
    {
        var code = SubjectCode.Parse(Person);

        Assert.Equal(SubjectCodeKind.IdNumber, code.Kind);
        Assert.True(code.IsCreditCode);
        Assert.Equal(Person, code.CreditCode);
        Assert.False(code.HasWarnings);
        var keys = SubjectLookupKey.Candidates(code, Protector);
        Assert.Equal(2, keys.Length);
        Assert.Equal(Protector.BlindIndex(Person), keys[0]);
        Assert.Equal(System.Text.Encoding.ASCII.GetBytes(Person), keys[1]);
    }

    [Theory]
    [InlineData(" 91330100799655058b ", Enterprise)]
    [InlineData("９１３３０１００７９９６５５０５８Ｂ", Enterprise)]
    [InlineData("\t11010519491231002x\n", Person)]
    public void Spaces_lower_case_and_full_width_characters_are_normalised(string input, string expected)
    {
        var code = SubjectCode.Parse(input);

        Assert.True(code.IsValid);
        Assert.Equal(expected, code.Text);
        Assert.Equal(SubjectCode.Parse(expected).Kind, code.Kind);
    }

    [Fact]
    public void A_credit_code_with_a_wrong_check_character_still_reads_as_one_with_a_warning()
    {
        var code = SubjectCode.Parse("91330100799655058C");

        Assert.Equal(SubjectCodeKind.CreditCode, code.Kind);
        Assert.True(code.HasWarnings);
        Assert.Equal("91330100799655058C", code.CreditCode);
    }

    [Fact]
    public void An_id_number_with_a_wrong_check_character_still_reads_as_one_with_a_warning()
    {
        var code = SubjectCode.Parse("110105194912310021");

        Assert.Equal(SubjectCodeKind.IdNumber, code.Kind);
        Assert.True(code.HasWarnings);
        Assert.Equal(Protector.BlindIndex("110105194912310021"), code.BlindIndex(Protector));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("12345", "12345")]
    [InlineData("9133010079965505", "9133010079965505")]
    [InlineData("330502900101123", "330502900101123")]
    [InlineData("9133010079965505OB", "9133010079965505OB")]
    [InlineData("00010519491231002X", "00010519491231002X")]
    [InlineData("91330100799655058I", "91330100799655058I")]
    public void Anything_else_reads_as_nothing(string? input, string text)
    {
        var code = SubjectCode.Parse(input);

        Assert.Equal(SubjectCodeKind.None, code.Kind);
        Assert.False(code.IsValid);
        Assert.Equal(text, code.Text);
        Assert.Null(code.CreditCode);
        Assert.Null(code.IdNumber);
        Assert.Null(code.BlindIndex(Protector));
        Assert.Empty(SubjectLookupKey.Candidates(code, Protector));
    }

    [Fact]
    public void A_field_of_fixed_kind_is_read_only_that_way()
    {
        var asCreditCode = SubjectCode.ParseCreditCode(Person);
        Assert.Equal(SubjectCodeKind.CreditCode, asCreditCode.Kind);
        Assert.Null(asCreditCode.IdNumber);
        Assert.True(asCreditCode.HasWarnings);

        var asIdNumber = SubjectCode.ParseIdNumber(Person);
        Assert.Equal(SubjectCodeKind.IdNumber, asIdNumber.Kind);
        Assert.False(asIdNumber.IsCreditCode);

        Assert.Equal(SubjectCodeKind.None, SubjectCode.ParseIdNumber(Enterprise).Kind);
    }

    [Fact]
    public void Reads_exactly_as_the_two_identifier_parsers_do()
    {
        // The parser skips the identifier parsers when the shape alone decides; the answer must not change.
        var inputs = new List<string>
        {
            Enterprise, Person, "91330100799655058C", "91110000100006385R", "110105194912310021", "440524188001010014",
            "11010519491231002x", " 913301007996550 58B", "330502199002301234", "330502185001010012", "33050219900101123",
        };
        for (var n = 0; n < 400; n++)
        {
            inputs.Add(ResidentIdNumber.Compose(n % 2 == 0 ? "330502" : "110105", new DateOnly(1950, 1, 1).AddDays(n * 37), n % 999 + 1).Value);
            inputs.Add(UnifiedSocialCreditCode.Compose(n % 3 == 0 ? "11" : n % 3 == 1 ? "91" : "52", "330502", $"{n * 7919 % 100000000:D8}").Value);
            inputs.Add($"{n * 48271L % 1000000000000000000L:D18}");
        }

        foreach (var input in inputs)
        {
            var code = SubjectCode.Parse(input);
            var id = ResidentIdNumber.TryParse(input).Value;
            var uscc = UnifiedSocialCreditCode.TryParse(input).Value;
            Assert.Equal(id?.Value, code.IdNumber?.Value);
            Assert.Equal(uscc?.Value, code.CreditCode);
            Assert.Equal(id is not null ? SubjectCodeKind.IdNumber : uscc is not null ? SubjectCodeKind.CreditCode : SubjectCodeKind.None, code.Kind);
        }
    }

    [Fact]
    public void A_normalised_credit_code_is_read_without_allocating()
    {
        // The check API reads one code per call; almost all are organisations' codes as the caller's system stores them.
        Assert.True(SubjectCode.Parse(Enterprise).IsCreditCode);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var code = SubjectCode.Parse(Enterprise);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(SubjectCodeKind.CreditCode, code.Kind);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_credit_code_names_its_subject_kind_by_prefix()
    {
        Assert.Equal(SubjectKind.Enterprise, UnifiedSocialCreditCode.KindOf(SubjectCode.Parse(Enterprise).Text.AsSpan(0, 2)));
    }
}
