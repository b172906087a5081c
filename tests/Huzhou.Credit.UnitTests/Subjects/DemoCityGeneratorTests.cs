using System.Security.Cryptography;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Seed;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.UnitTests.Subjects;

public sealed class DemoCityGeneratorTests : IDisposable
{
    private static readonly string[] Districts = ["330500", "330502", "330503", "330521", "330522", "330523", "3305Z1", "3305Z2", "3305Z3"];

    private readonly PersonalDataProtector _protector = new(Options.Create(new PersonalDataProtectionOptions
    {
        EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        BlindIndexKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    }));

    public void Dispose() => _protector.Dispose();

    [Fact]
    public void Every_organisation_has_a_valid_code_of_its_kind_and_only_flagged_codes_fail_the_check()
    {
        var organisations = DemoCityGenerator.Organisations(0, 3_000).ToList();

        Assert.Equal(3_000, organisations.Select(o => o.Uscc).Distinct().Count());
        foreach (var o in organisations)
        {
            var parsed = UnifiedSocialCreditCode.TryParse(o.Uscc);
            Assert.True(parsed.Succeeded, o.Uscc + ": " + parsed.FirstErrorMessage);
            Assert.Equal(o.UsccCheckWarning, parsed.HasWarnings);
            Assert.Equal(parsed.Value!.Kind, o.Kind);
            Assert.Contains(o.DistrictCode, Districts);
            Assert.False(string.IsNullOrWhiteSpace(o.Name));
        }

        // Every kind of organisation appears in a demo-sized city, and a few codes need review.
        Assert.All(new[] { SubjectKind.Enterprise, SubjectKind.GovernmentOrgan, SubjectKind.PublicInstitution, SubjectKind.SocialOrganisation },
            kind => Assert.Contains(organisations, o => o.Kind == kind));
        Assert.Contains(organisations, o => o.UsccCheckWarning && o.UsccWarningReason is not null);
    }

    [Fact]
    public void Every_person_has_a_valid_unique_id_number_stored_only_encrypted()
    {
        var persons = new DemoCityGenerator(_protector).Persons(0, 5_000).ToList();

        var numbers = persons.Select(p => _protector.Decrypt(p.IdNumberCipher!)).ToList();
        Assert.Equal(5_000, numbers.Distinct().Count());
        for (var i = 0; i < persons.Count; i++)
        {
            var parsed = ResidentIdNumber.TryParse(numbers[i]);
            Assert.True(parsed.Succeeded && !parsed.HasWarnings, parsed.FirstErrorMessage);
            Assert.Equal(parsed.Value!.Masked, persons[i].IdNumberMasked);
            Assert.Equal(parsed.Value.Sex, persons[i].Sex);
            Assert.Equal(_protector.BlindIndex(numbers[i]), persons[i].IdNumberIndex);
            Assert.InRange(2026 - persons[i].BirthYear!.Value, 18, 91);
        }
    }

    [Fact]
    public void The_city_is_deterministic_so_a_later_seed_extends_it()
    {
        var first = DemoCityGenerator.Organisations(0, 50).Select(o => (o.Uscc, o.Name)).ToList();
        var again = DemoCityGenerator.Organisations(0, 50).Select(o => (o.Uscc, o.Name)).ToList();
        var tail = DemoCityGenerator.Organisations(40, 10).Select(o => (o.Uscc, o.Name)).ToList();

        Assert.Equal(first, again);
        Assert.Equal(first.Skip(40), tail);
    }
}
